package io.github.camelpipedrive.examples.quickstart;

import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import org.apache.camel.main.Main;
import org.apache.camel.main.SimpleMainShutdownStrategy;

/**
 * Runs the sign-up import once and prints its summary. With no configuration it starts the embedded Pipedrive
 * sandbox and runs against it; with PIPEDRIVE_API_TOKEN (and optionally PIPEDRIVE_COMPANY_DOMAIN) set it talks to
 * real Pipedrive with the same routes.
 */
public final class QuickstartApplication {

    private QuickstartApplication() {}

    public static void main(String[] args) throws Exception {
        String token = System.getenv("PIPEDRIVE_API_TOKEN");
        String companyDomain = System.getenv("PIPEDRIVE_COMPANY_DOMAIN");
        Main main = new Main();
        PipedriveSandbox sandbox = null;
        String target;
        if (token == null || token.isBlank()) {
            sandbox = PipedriveSandbox.start();
            main.addInitialProperty("camel.component.pipedrive.base-url", sandbox.baseUrl());
            main.addInitialProperty("quickstart.sandbox-token", sandbox.token());
            main.addInitialProperty("camel.component.pipedrive.api-token", "{{quickstart.sandbox-token}}");
            target = "the embedded Pipedrive sandbox (" + sandbox.baseUrl() + ")";
        } else {
            main.addInitialProperty("camel.component.pipedrive.api-token", "env:PIPEDRIVE_API_TOKEN");
            if (companyDomain != null && !companyDomain.isBlank()) {
                main.addInitialProperty("camel.component.pipedrive.company-domain", companyDomain);
            }
            target = "Pipedrive ("
                    + (companyDomain == null || companyDomain.isBlank()
                            ? "api.pipedrive.com"
                            : companyDomain + ".pipedrive.com")
                    + ")";
        }
        ImportReport report = new ImportReport();
        main.configure().addRoutesBuilder(new SignupRoutes(report, target, main::completed));
        // the import stops itself when done: no JVM hang-up hook (it also misfires under mvn exec:java)
        main.setShutdownStrategy(new SimpleMainShutdownStrategy());
        try {
            main.run(args);
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
        if (!report.failures().isEmpty() && report.importedRecords().isEmpty()) {
            System.exit(1);
        }
    }
}
