/**
 * Control and evaluation (管考): tracked items (列管) with their planned monthly progress and
 * checkpoints, monthly progress reports, lag classes and execution rates per agency and month,
 * and the tender execution rate as a live metric for plan indicators. Document timeliness lives
 * in its own sub-package.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org", "plan", "notify"})
package tw.yankao.tracking;
