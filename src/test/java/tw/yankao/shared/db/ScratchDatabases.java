package tw.yankao.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Databases made for one test on the server of the application's DataSource, embedded or
 * external, and dropped after it.
 */
final class ScratchDatabases {

	private final DataSource server;
	private final String password;
	private final List<String> created = new ArrayList<>();

	ScratchDatabases(DataSource server, String password) {
		this.server = server;
		this.password = password;
	}

	DataSource create() throws SQLException {
		String name = "yankao_restore_" + UUID.randomUUID().toString().substring(0, 8);
		try (Connection connection = server.getConnection()) {
			connection.createStatement().execute("create database " + name);
			created.add(name);
			String url = connection.getMetaData().getURL().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
			return new DriverManagerDataSource(url, connection.getMetaData().getUserName(), password);
		}
	}

	void dropAll() throws SQLException {
		try (Connection connection = server.getConnection()) {
			for (String name : created) {
				connection.createStatement().execute("drop database if exists " + name + " with (force)");
			}
		}
		created.clear();
	}

}
