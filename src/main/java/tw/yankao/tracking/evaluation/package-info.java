/**
 * Year-end evaluation (年終考核) of tracked items: the rounds the RDEC opens per ROC year, each
 * item's scored parts (computed from tracking data or entered by reviewers), its score and grade
 * (等第), and the rewards and penalties (獎懲) of the people responsible. Rubric, grades and
 * rewards come from the city profile ({@code tracking.evaluation}).
 */
package tw.yankao.tracking.evaluation;
