/**
 * The quality checks a release passes before it may be published: schema and types,
 * completeness, timeliness against the declared update frequency, and the personal-data scan.
 */
package tw.yankao.opendata.quality;
