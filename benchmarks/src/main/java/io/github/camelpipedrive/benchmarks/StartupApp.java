package io.github.camelpipedrive.benchmarks;

import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Part 4: a Camel Main application that sends one {@code deal/add} as soon as it has started, prints
 * {@code FIRST_OK <ms since main()>} and stops. The runner launches it as a fresh JVM, with only that variant's
 * dependencies on the classpath, and times it from process launch to that line.
 * <p>
 * {@code java ... StartupApp pipedrive|camel-http <baseUrl>}. The component is configured the way a Camel Main user
 * does it, through {@code camel.component.pipedrive.*} properties.
 */
public final class StartupApp {

    private StartupApp() {}

    public static void main(String[] args) throws Exception {
        long startNanos = System.nanoTime();
        String variant = args[0];
        String baseUrl = args[1];
        Main main = new Main();
        RouteBuilder routes;
        if (variant.equals("pipedrive")) {
            main.addInitialProperty("camel.component.pipedrive.base-url", baseUrl);
            main.addInitialProperty("camel.component.pipedrive.api-token", Bodies.TOKEN);
            main.addInitialProperty("camel.component.pipedrive.rate-limit-governor", "false");
            routes = Routes.pipedrive();
        } else if (variant.equals("camel-http")) {
            routes = Routes.camelHttp(baseUrl, Bodies.TOKEN);
        } else {
            throw new IllegalArgumentException("variant must be pipedrive or camel-http: " + variant);
        }
        main.configure().addRoutesBuilder(routes);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport started) {
                Object data =
                        started.getCamelContext().createProducerTemplate().requestBody(Routes.DEAL_ADD, Bodies.DEAL);
                if (!(data instanceof Map<?, ?> map) || map.get("id") == null) {
                    System.out.println("FIRST_FAILED " + data);
                } else {
                    System.out.println("FIRST_OK " + (System.nanoTime() - startNanos) / 1_000_000);
                }
                System.out.flush();
                main.completed();
            }
        });
        main.run(new String[0]);
        System.exit(0);
    }
}
