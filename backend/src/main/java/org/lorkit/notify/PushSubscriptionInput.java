package org.lorkit.notify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A browser's PushSubscription as JSON (PushSubscription.toJSON()): the endpoint and its two keys. */
@Schema(name = "PushSubscriptionInput", description = "What the browser's pushManager.subscribe() gives, as JSON.")
public record PushSubscriptionInput(
        @Schema(
                description = "The push service's address for this browser: https, on a browser push service.",
                examples = "https://fcm.googleapis.com/fcm/send/dX9k3Q:APA91bH-example",
                maxLength = 2048)
        @NotBlank @Size(max = 2048) String endpoint,

        @NotNull @Valid Keys keys) {

    @Schema(name = "PushSubscriptionKeys", description = "The browser's keys for message encryption (RFC 8291).")
    public record Keys(
            @Schema(
                    description = "P-256 public key, uncompressed point, base64url (87 characters).",
                    examples =
                            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4")
            @NotBlank @Pattern(
                    regexp = "^[A-Za-z0-9_-]{86,88}={0,2}$",
                    message = "must be the subscription's p256dh key, base64url")
            String p256dh,

            @Schema(
                    description = "16-byte authentication secret, base64url (22 characters).",
                    examples = "BTBZMqHH6r4Tts7J_aSIgg")
            @NotBlank @Pattern(regexp = "^[A-Za-z0-9_-]{22}(==)?$", message = "must be the subscription's auth secret, base64url")
            String auth) {}
}
