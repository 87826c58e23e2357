/**
 * Public participation: proposals and co-signatures, consultations, i-Voting and
 * participatory budgeting.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package tw.yankao.participation;
