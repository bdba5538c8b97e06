package io.github.camelpipedrive.component.catalog;

import java.util.Locale;

/**
 * A path parameter of an operation, e.g. {@code {product_attachment_id}} in
 * {@code /api/v2/deals/{id}/products/{product_attachment_id}}.
 *
 * @param specName   the name in Pipedrive's path template
 * @param optionName the endpoint option that carries it: the spec name in lowerCamelCase ({@code productAttachmentId})
 * @param numeric    whether Pipedrive declares it an integer (checked before sending)
 */
public record PathParameter(String specName, String optionName, boolean numeric) {

    static PathParameter of(String specName, boolean numeric) {
        return new PathParameter(specName, lowerCamel(specName), numeric);
    }

    /** The header that carries it: {@code CamelPipedrive} + the option name in UpperCamelCase. */
    public String headerName() {
        return headerName(optionName);
    }

    /** {@code productAttachmentId} is carried by the header {@code CamelPipedriveProductAttachmentId}. */
    public static String headerName(String optionName) {
        return "CamelPipedrive" + optionName.substring(0, 1).toUpperCase(Locale.ROOT) + optionName.substring(1);
    }

    /**
     * {@code product_attachment_id} (and {@code channel-id}) become {@code productAttachmentId} ({@code channelId});
     * {@code commentId} stays as it is.
     */
    public static String lowerCamel(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_' || c == '-') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}
