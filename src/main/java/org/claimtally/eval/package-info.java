/**
 * Scoring against gold: claims by the annotation guidelines' matching rule, the NewsQuant benchmark, and facts by the guidelines' Facts section (equal to the reference scorer).
 */
package org.claimtally.eval;
