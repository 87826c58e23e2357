/**
 * Photos attached to petition cases: stored in PostgreSQL beside the case, the original for those
 * handling it and a copy stripped of metadata (EXIF location, camera details) for public pages.
 */
package tw.yankao.petition.attachments;
