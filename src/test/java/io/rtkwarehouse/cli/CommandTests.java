package io.rtkwarehouse.cli;

import java.util.List;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestApi;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.ScriptedAnswers;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tests that run the commands as a user would ({@link CliRuns}): each starts from an
 * empty warehouse and the shared API simulator with its defaults (two apps, no faults).
 */
abstract class CommandTests {

	final JdbcClient jdbc = TestDatabase.get().jdbc();

	ApiSimulator api;

	/** Its scripted faults and numbers, empty at the start of each test. */
	ScriptedAnswers scripted;

	/** The ids of the simulator's apps. */
	List<String> apps;

	@BeforeEach
	void freshWarehouseAndApi() {
		TestDatabase.get().reset();
		this.api = TestApi.reset();
		this.scripted = TestApi.scripted();
		this.apps = this.api.apps().stream().map(ApiSimulator.App::id).toList();
	}

	/** Requests for windows the simulator received, not counting app listings. */
	long windowRequests() {
		return this.api.stats().requests() - this.api.stats().appsRequests();
	}

}
