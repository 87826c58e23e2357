/**
 * Control and evaluation (管考): tracked items, monthly progress, reminders, lag rules,
 * execution rates, control-meeting packs, year-end grading and document timeliness.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package tw.yankao.tracking;
