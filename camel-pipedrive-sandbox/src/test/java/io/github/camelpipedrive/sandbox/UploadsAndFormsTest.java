package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.Http.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The non-JSON endpoints: multipart uploads and form-urlencoded updates. */
class UploadsAndFormsTest {

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create();

    @Test
    void anUploadedFileIsStoredWithItsNameSizeTypeAndDeal() {
        Http http = new Http(pipedrive.sandbox());
        Object deal = new Fixtures(http).deal();
        byte[] pdf = "%PDF-1.4 quote for the fleet".getBytes(StandardCharsets.UTF_8);

        Http.Reply reply = http.upload("/v1/files", "quote.pdf", "application/pdf", pdf, obj("deal_id", deal));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.data())
                .containsEntry("file_name", "quote.pdf")
                .containsEntry("file_size", pdf.length)
                .containsEntry("deal_id", deal)
                .containsEntry("deal_name", "Fixture deal");
        Object id = reply.data().get("id");
        Map<String, Object> stored = pipedrive.sandbox().entity("files", id);
        assertThat(stored).containsEntry("content_type", "application/pdf").containsEntry("deal_id", deal);
        assertThat(pipedrive.sandbox().fileContent(id)).isEqualTo(pdf);
        assertThat(http.get("/v1/files/" + id + "/download").body()).isEqualTo("%PDF-1.4 quote for the fleet");
    }

    @Test
    void anUploadWithoutAFilePartIsRefused() {
        Http http = new Http(pipedrive.sandbox());
        Http.Reply reply = http.form("POST", "/v1/files", obj("deal_id", 1));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json()).containsEntry("error", "\"file\" is required.");
    }

    @Test
    void fileDetailsAndMailThreadsAreUpdatedFromFormBodies() {
        Http http = new Http(pipedrive.sandbox());
        Fixtures f = new Fixtures(http);
        Object deal = f.deal();
        Object file = f.file(deal);

        Http.Reply renamed =
                http.form("PUT", "/v1/files/" + file, obj("name", "signed.pdf", "description", "Signed copy"));
        assertThat(renamed.data()).containsEntry("name", "signed.pdf").containsEntry("description", "Signed copy");

        Http.Reply thread =
                http.form("PUT", "/v1/mailbox/mailThreads/2", obj("deal_id", deal, "read_flag", 1, "archived_flag", 1));
        assertThat(thread.status()).isEqualTo(200);
        assertThat(thread.data())
                .containsEntry("deal_id", deal)
                .containsEntry("read_flag", 1)
                .containsEntry("archived_flag", 1);
        assertThat(pipedrive.sandbox().entity("mailThreads", 2)).containsEntry("deal_id", deal);
    }

    @Test
    void aSecondRecordingForTheSameCallIsAConflict() {
        Http http = new Http(pipedrive.sandbox());
        Object log = new Fixtures(http).callLog();
        byte[] audio = {1, 2, 3, 4};
        assertThat(http.upload("/v1/callLogs/" + log + "/recordings", "call.mp3", "audio/mpeg", audio, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/v1/callLogs/" + log).data()).containsEntry("has_recording", true);
        Http.Reply again =
                http.upload("/v1/callLogs/" + log + "/recordings", "call.mp3", "audio/mpeg", audio, Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json()).containsEntry("error", "A recording for this call already exists");
    }

    @Test
    void aPersonPictureBecomesThePersonsPictureId() {
        Http http = new Http(pipedrive.sandbox());
        Object person = new Fixtures(http).person();
        Http.Reply reply = http.upload(
                "/v1/persons/" + person + "/picture",
                "face.png",
                "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                obj("crop_width", 128));
        assertThat(reply.status()).isEqualTo(200);
        Object pictureId = reply.data().get("id");
        assertThat(http.get("/api/v2/persons/" + person).data()).containsEntry("picture_id", pictureId);
    }
}
