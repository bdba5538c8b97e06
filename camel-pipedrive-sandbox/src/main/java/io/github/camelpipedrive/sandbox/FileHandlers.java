package io.github.camelpipedrive.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Uploads and file records: {@code POST /v1/files} (multipart), remote Google Drive files (form-urlencoded),
 * person pictures and call recordings. Uploaded bytes are kept so {@code /v1/files/{id}/download} returns them.
 */
final class FileHandlers {

    private static final String[][] LINKS = {
        {"deal_id", "deals", "deal_name", "title"},
        {"person_id", "persons", "person_name", "name"},
        {"org_id", "organizations", "org_name", "name"},
        {"product_id", "products", "product_name", "name"},
        {"lead_id", "leads", "lead_name", "title"},
        {"project_id", "projects", "project_name", "title"}
    };

    private FileHandlers() {}

    static Handler upload() {
        return call -> {
            Multipart.Part file = call.body().file("file");
            Map<String, Object> record = Defaults.of("files", call.company());
            Shapes.copyFields(call.fields(), record);
            describeUpload(record, file);
            linkNames(call.company(), record);
            stamp(call, record);
            Map<String, Object> saved = call.company().collection("files").insert(record);
            call.company().blobs().put("files/" + saved.get("id"), file.content());
            saved = call.company()
                    .collection("files")
                    .update(saved.get("id"), r -> r.put("url", "/v1/files/" + r.get("id") + "/download"));
            return call.ok(Views.clean(saved));
        };
    }

    /** {@code POST /v1/files/remote}: creates an (empty) Google Drive file linked to a deal, person or organization. */
    static Handler createRemote() {
        return call ->
                remote(call, (String) call.fields().get("title"), "remote-" + Long.toHexString(System.nanoTime()));
    }

    /** {@code POST /v1/files/remoteLink}: links an existing Google Drive file. */
    static Handler linkRemote() {
        return call -> remote(call, "Remote file " + call.fields().get("remote_id"), (String)
                call.fields().get("remote_id"));
    }

    private static Answer remote(Call call, String name, String remoteId) {
        Map<String, Object> f = call.fields();
        String itemType = (String) f.get("item_type");
        String field = switch (itemType) {
            case "deal" -> "deal_id";
            case "person" -> "person_id";
            default -> "org_id";
        };
        call.require(
                field.equals("deal_id") ? "deals" : field.equals("person_id") ? "persons" : "organizations",
                f.get("item_id"));
        Map<String, Object> record = Defaults.of("files", call.company());
        record.put(field, f.get("item_id"));
        record.put("name", name);
        record.put("file_name", name);
        record.put("file_size", 0);
        record.put("file_type", f.getOrDefault("file_type", "gdoc"));
        record.put("remote_location", f.get("remote_location"));
        record.put("remote_id", remoteId);
        record.put("url", "https://docs.google.com/open?id=" + remoteId);
        linkNames(call.company(), record);
        stamp(call, record);
        return call.ok(Views.clean(call.company().collection("files").insert(record)));
    }

    static Handler download() {
        return call -> {
            Map<String, Object> file = call.require("files", "id");
            byte[] bytes = call.company().blobs().get("files/" + file.get("id"));
            if (bytes == null) {
                throw ApiError.notFound("File content not found");
            }
            String type = file.get("content_type") == null
                    ? "application/octet-stream"
                    : String.valueOf(file.get("content_type"));
            return new Answer(200, null, type, bytes);
        };
    }

    /** {@code POST /v1/persons/{id}/picture}: stores the image and sets the person's {@code picture_id}. */
    static Handler personPicture() {
        return call -> {
            Map<String, Object> person = call.require("persons", "id");
            Multipart.Part file = call.body().file("file");
            Map<String, Object> picture = new LinkedHashMap<>();
            picture.put("item_type", "person");
            picture.put("item_id", person.get("id"));
            picture.put("active_flag", true);
            picture.put("added_by_user_id", Company.ME);
            describeUpload(picture, file);
            Shapes.copyFields(call.fields(), picture);
            stamp(call, picture);
            Map<String, Object> saved = call.company().collection("pictures").insert(picture);
            Object id = saved.get("id");
            call.company().blobs().put("pictures/" + id, file.content());
            saved = call.company()
                    .collection("pictures")
                    .update(
                            id,
                            r -> r.put(
                                    "pictures",
                                    new LinkedHashMap<>(Map.of(
                                            "128",
                                            "/v1/pictures/" + id + "/128",
                                            "512",
                                            "/v1/pictures/" + id + "/512"))));
            call.company().collection("persons").update(person.get("id"), p -> p.put("picture_id", id));
            return call.ok(Views.clean(saved));
        };
    }

    /** {@code POST /v1/callLogs/{id}/recordings}: one recording per call; a second one is a 409. */
    static Handler callRecording() {
        return call -> {
            Map<String, Object> log = call.require("callLogs", "id");
            Multipart.Part file = call.body().file("file");
            boolean[] conflict = {false};
            call.company().collection("callLogs").update(log.get("id"), r -> {
                if (Boolean.TRUE.equals(r.get("has_recording"))) {
                    conflict[0] = true;
                } else {
                    r.put("has_recording", true);
                    r.put("recording_file_name", file.fileName());
                    r.put("recording_file_size", file.content().length);
                    r.put("recording_content_type", file.contentType());
                }
            });
            if (conflict[0]) {
                throw ApiError.conflict("A recording for this call already exists");
            }
            call.company().blobs().put("recordings/" + log.get("id"), file.content());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("success", true);
            return Answer.json(200, body);
        };
    }

    private static void describeUpload(Map<String, Object> record, Multipart.Part file) {
        record.put("file_name", file.fileName());
        record.put("name", file.fileName());
        record.put("file_size", file.content().length);
        record.put("content_type", file.contentType() == null ? "application/octet-stream" : file.contentType());
        String name = file.fileName();
        int dot = name == null ? -1 : name.lastIndexOf('.');
        record.put("file_type", dot < 0 ? "bin" : name.substring(dot + 1).toLowerCase());
    }

    /** Files show the names of what they are attached to ({@code deal_name}, {@code person_name}, ...). */
    private static void linkNames(Company company, Map<String, Object> record) {
        for (String[] link : LINKS) {
            Object id = record.get(link[0]);
            if (id != null) {
                Map<String, Object> target = company.collection(link[1]).get(id);
                if (target != null && target.get(link[3]) != null) {
                    record.put(link[2], target.get(link[3]));
                }
            }
        }
    }

    private static void stamp(Call call, Map<String, Object> record) {
        String now = call.now("files");
        record.put("add_time", now);
        record.put("update_time", now);
    }
}
