package org.lorkit.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SecurityEventKind")
public enum SecurityEventKind {
    ACCOUNT_CREATED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    SECOND_FACTOR_FAILED,
    REFRESH_TOKEN_REUSED,
    LOGGED_OUT,
    LOGGED_OUT_EVERYWHERE,
    PASSWORD_CHANGED,
    SECOND_FACTOR_ENABLED,
    SECOND_FACTOR_DISABLED,
    RECOVERY_CODE_USED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    EMAIL_VERIFIED,
    ADMIN_ACTION
}
