package tw.yankao.plan.importing.web;

/** A reason an upload or a save was refused, as a message key of the {@code plan-import} bundle. */
record ImportProblem(String key, Object... args) {
}
