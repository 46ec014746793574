package org.kulisse.esco.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The remote store against a real SPARQL server: Fuseki, in this JVM, on a free loopback port. */
class FusekiStoreTest extends FrameworkStoreContract {
    private static FusekiServer server;
    private static String url;

    @BeforeAll
    static void startServer() {
        server = FusekiServer.create().loopback(true).port(0).add("/kulisse", DatasetFactory.createTxnMem())
                .build().start();
        url = "http://localhost:" + server.getHttpPort() + "/kulisse";
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Override
    FrameworkStore open() {
        FrameworkStore store = FrameworkStore.open(url);
        store.graphs().forEach(store::delete);   // one server for the class: each test starts empty
        return store;
    }

    @Test
    void itIsReallyRemote() {
        assertThat(store.location()).startsWith("http://localhost:");
    }

    @Test
    void anUnreachableServerIsAStoreError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (FrameworkStore nowhere = FrameworkStore.remote("http://127.0.0.1:" + port + "/none")) {
            assertThatThrownBy(nowhere::graphs).isInstanceOf(StoreException.class);
        }
    }
}
