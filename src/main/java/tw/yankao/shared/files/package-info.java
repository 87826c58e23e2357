/**
 * Uploaded files: which kinds are accepted, judged by their first bytes as well as their names.
 */
package tw.yankao.shared.files;
