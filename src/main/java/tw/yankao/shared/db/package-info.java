/** The database: the embedded PostgreSQL server, backups and restores. */
package tw.yankao.shared.db;
