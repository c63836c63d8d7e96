package io.rtkwarehouse.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap of a child JVM, read over JMX from the JVM's own management agent on a
 * loopback port: the peak (the sum of the heap pools' peaks, as the run summary counts
 * it) and the largest heap occupancy after a collection (one notification per
 * collection).
 */
final class HeapWatch implements AutoCloseable {

	private final int port;

	private JMXConnector connector;

	private List<MemoryPoolMXBean> heapPools = List.of();

	private volatile long peakBytes = -1;

	private volatile long afterGcBytes = -1;

	HeapWatch() throws IOException {
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			this.port = free.getLocalPort();
		}
	}

	/** The options that open the child JVM's management agent to this watch. */
	List<String> jvmOptions() {
		return List.of("-Dcom.sun.management.jmxremote.port=" + this.port,
				"-Dcom.sun.management.jmxremote.rmi.port=" + this.port, "-Dcom.sun.management.jmxremote.host=127.0.0.1",
				"-Djava.rmi.server.hostname=127.0.0.1", "-Dcom.sun.management.jmxremote.authenticate=false",
				"-Dcom.sun.management.jmxremote.ssl=false");
	}

	/**
	 * Reads the peak, connecting first if the agent was not up yet; quiet once the child
	 * has gone (the last value read stays).
	 */
	void sample() {
		try {
			if (this.connector == null) {
				connect();
			}
			long peak = 0;
			for (MemoryPoolMXBean pool : this.heapPools) {
				peak += pool.getPeakUsage().getUsed();
			}
			this.peakBytes = Math.max(this.peakBytes, peak);
		}
		catch (IOException | JMException | RuntimeException ex) {
			// not up yet, or gone
		}
	}

	/** MB, or -1 when never read. */
	long peakMb() {
		return megabytes(this.peakBytes);
	}

	/** MB, or -1 when no collection was seen. */
	long afterGcMb() {
		return megabytes(this.afterGcBytes);
	}

	private void connect() throws IOException, JMException {
		JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + this.port + "/jmxrmi");
		JMXConnector connected = JMXConnectorFactory.connect(url);
		MBeanServerConnection server = connected.getMBeanServerConnection();
		List<MemoryPoolMXBean> pools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class)
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		Set<String> names = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
		for (ObjectName collector : server.queryNames(new ObjectName("java.lang:type=GarbageCollector,*"), null)) {
			server.addNotificationListener(collector, (notification, handback) -> collected(notification, names), null,
					null);
		}
		this.heapPools = pools;
		this.connector = connected;
	}

	private void collected(Notification notification, Set<String> heapPools) {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			long after = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
				.getGcInfo()
				.getMemoryUsageAfterGc()
				.entrySet()
				.stream()
				.filter((pool) -> heapPools.contains(pool.getKey()))
				.map(Map.Entry::getValue)
				.mapToLong(MemoryUsage::getUsed)
				.sum();
			this.afterGcBytes = Math.max(this.afterGcBytes, after);
		}
	}

	private static long megabytes(long bytes) {
		return (bytes < 0) ? -1 : bytes / (1024 * 1024);
	}

	@Override
	public void close() {
		if (this.connector != null) {
			try {
				this.connector.close();
			}
			catch (IOException ex) {
				// the child has gone, and its end of the connection with it
			}
		}
	}

}
