/**
 * The plain data every stage shares: documents, claims, facts, problems and their closed sets (qualifier, scope, status, grade, trend). Records validate in their constructors; no type here reads files.
 */
package org.claimtally.model;
