package io.rtkwarehouse.source;

import java.util.ArrayList;
import java.util.List;

import io.rtkwarehouse.simulator.ApiSimulator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeparturesTests {

	@Test
	void reportsWhenARequestLeavesToTheThreadThatExpectsIt() throws Exception {
		Departures departures = new Departures();
		OkHttpClient client = new OkHttpClient.Builder().eventListener(departures).build();
		List<Long> departed = new ArrayList<>();
		try (ApiSimulator simulator = ApiSimulator.start(0)) {
			Request request = new Request.Builder().url(simulator.baseUrl() + "/accounts").build();
			try (Response unexpected = client.newCall(request).execute()) {
				assertThat(departed).isEmpty();
			}

			long before = System.nanoTime();
			departures.expect(departed::add);
			try (Response response = client.newCall(request).execute()) {
				assertThat(response.code()).isEqualTo(404);
			}
			finally {
				departures.clear();
			}
			long after = System.nanoTime();

			assertThat(departed).singleElement().satisfies((nanos) -> assertThat(nanos).isBetween(before, after));
			try (Response afterClear = client.newCall(request).execute()) {
				assertThat(departed).hasSize(1);
			}
		}
		finally {
			client.connectionPool().evictAll();
			client.dispatcher().executorService().shutdown();
		}
	}

}
