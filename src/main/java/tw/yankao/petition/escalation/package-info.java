/**
 * Urgent cases and escalation: the instant alert when an urgent case is received (group channels
 * and the owner agency's heads) and the job that escalates open cases whose deadline is near (to
 * the agency head) or missed (to the head and the RDEC), exactly once per case and level.
 */
package tw.yankao.petition.escalation;
