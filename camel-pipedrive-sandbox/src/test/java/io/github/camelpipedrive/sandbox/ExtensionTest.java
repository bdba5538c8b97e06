package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.Http.obj;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension: a fresh company for every test, or shared data when asked. */
class ExtensionTest {

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class ResetsBetweenTests {

        @RegisterExtension
        static PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create();

        @Test
        @Order(1)
        void firstTestCreatesADeal() {
            new Http(pipedrive.sandbox()).post("/api/v2/deals", obj("title", "Left behind"));
            pipedrive.sandbox().faults().errorRate(1.0);
            assertThat(pipedrive.sandbox().entities("deals")).hasSize(1);
        }

        @Test
        @Order(2)
        void secondTestSeesOnlyTheSeed() {
            assertThat(pipedrive.sandbox().entities("deals")).isEmpty();
            assertThat(pipedrive.sandbox().requests()).isEmpty();
            assertThat(pipedrive.sandbox().entities("users")).hasSize(2);
            Http.Reply reply = new Http(pipedrive.sandbox()).post("/api/v2/deals", obj("title", "Fresh"));
            assertThat(reply.status()).as("faults were switched off").isEqualTo(200);
            assertThat(reply.data()).containsEntry("id", 1);
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class KeepsDataWhenAsked {

        @RegisterExtension
        static PipedriveSandboxExtension pipedrive =
                PipedriveSandboxExtension.create().keepDataBetweenTests();

        @Test
        @Order(1)
        void firstTestCreatesADeal() {
            new Http(pipedrive.sandbox()).post("/api/v2/deals", obj("title", "Kept"));
        }

        @Test
        @Order(2)
        void secondTestStillSeesIt() {
            assertThat(pipedrive.sandbox().entities("deals"))
                    .extracting(d -> d.get("title"))
                    .containsExactly("Kept");
        }
    }

    @Nested
    @ExtendWith(PipedriveSandboxExtension.class)
    class InjectsTheSandbox {

        @Test
        void asAParameter(PipedriveSandbox sandbox) {
            assertThat(sandbox.baseUrl()).startsWith("http://127.0.0.1:").doesNotEndWith("/");
            assertThat(new Http(sandbox).get("/v1/users/me").status()).isEqualTo(200);
        }
    }
}
