/**
 * Figure claims from text: a one-pass tokenizer, the number grammar and its ranges, the filters for numbers that are no figures, and per figure its qualifier, counted thing, action, actor, claimant, time and trend. Words come from the lexicon; this package holds grammar.
 */
package org.claimtally.extract;
