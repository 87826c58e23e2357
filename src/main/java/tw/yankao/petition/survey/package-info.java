/**
 * Satisfaction surveys (滿意度): a token per closure, the petitioner's anonymous answer page, the
 * reopening of a case its petitioner is not satisfied with within the profile's window, and
 * satisfaction per agency and month.
 */
package tw.yankao.petition.survey;
