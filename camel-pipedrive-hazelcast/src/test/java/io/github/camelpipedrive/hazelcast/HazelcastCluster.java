package io.github.camelpipedrive.hazelcast;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Real Hazelcast members forming a cluster on loopback (TCP-IP join on 127.0.0.1, multicast off, free ports), tuned to
 * start and stop fast; and clients of it. Closing it terminates every member and client it started.
 */
final class HazelcastCluster implements AutoCloseable {

    private final String name;
    private final List<Integer> ports;
    private final List<HazelcastInstance> started = new ArrayList<>();

    /** A cluster whose members will listen on {@code size} free loopback ports. */
    HazelcastCluster(int size) {
        this.name = "pipedrive-test-" + UUID.randomUUID();
        this.ports = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ports.add(freePort());
        }
    }

    /** The cluster {@code name} whose members listen on {@code ports}, as seen from another JVM. */
    HazelcastCluster(String name, List<Integer> ports) {
        this.name = name;
        this.ports = List.copyOf(ports);
    }

    String name() {
        return name;
    }

    List<Integer> ports() {
        return ports;
    }

    /** Starts the member on the {@code index}-th port; it joins the members already running. */
    HazelcastInstance member(int index) {
        Config config = new Config();
        config.setClusterName(name);
        config.setInstanceName(name + "-member-" + index + "-" + UUID.randomUUID());
        config.setProperty("hazelcast.partition.count", "7");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.graceful.shutdown.max.wait", "3");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.getJetConfig().setEnabled(false);
        config.getNetworkConfig().setPort(ports.get(index)).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        for (int port : ports) {
            join.getTcpIpConfig().addMember("127.0.0.1:" + port);
        }
        System.setProperty("hazelcast.local.localAddress", "127.0.0.1");
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        started.add(member);
        // the first call on a new cluster assigns the partitions and creates the map: not the test's first admit
        member.getMap(HazelcastRateLimitStore.DEFAULT_MAP_NAME).get("warm-up");
        return member;
    }

    /** A client of this cluster that keeps trying to reconnect (every 100-500 ms) while no member runs. */
    HazelcastInstance client() {
        ClientConfig config = new ClientConfig();
        config.setClusterName(name);
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.client.shutdownhook.enabled", "false");
        for (int port : ports) {
            config.getNetworkConfig().addAddress("127.0.0.1:" + port);
        }
        config.getConnectionStrategyConfig()
                .getConnectionRetryConfig()
                .setInitialBackoffMillis(100)
                .setMaxBackoffMillis(500)
                .setClusterConnectTimeoutMillis(-1);
        HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
        started.add(client);
        return client;
    }

    /** Terminates every member started so far (the clients stay, trying to reconnect). */
    void terminateMembers() {
        for (HazelcastInstance instance : started) {
            if (!(instance instanceof com.hazelcast.client.impl.clientside.HazelcastClientProxy)) {
                instance.getLifecycleService().terminate();
            }
        }
    }

    @Override
    public void close() {
        // clients first, so they do not try to reconnect to members going away
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).getLifecycleService().terminate();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
        started.clear();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
