/**
 * The public portal for citizens: submitting a petition or dispatch report after proving an
 * e-mail address or phone number with a one-time code, checking a case's status with its number
 * and the status code given on submission, and the public map of recent dispatch cases without
 * personal data. Attempts are rate-limited; codes and rate-limit keys are stored only as hashes.
 */
package tw.yankao.petition.portal;
