package org.crossings.server.agreement;

/** Why an agreement does not allow a crossing; stable codes that officers' screens and reports can count. */
public enum ReasonCode {
    /** No agreement opens this passage in this direction at all. */
    NO_AGREEMENT,
    NOT_SIGNED,
    SUSPENDED,
    SUPERSEDED,
    BEFORE_WINDOW,
    AFTER_WINDOW,
    OUTSIDE_HOURS,
    TRAVELLERS_NOT_ALLOWED,
    NATIONALITY_NOT_ALLOWED,
    DOCUMENT_NOT_ALLOWED,
    GOODS_NOT_ALLOWED,
    CATEGORY_NOT_ALLOWED,
    NOT_HUMANITARIAN,
    HS_CHAPTER_NOT_ALLOWED,
    VEHICLE_NOT_ALLOWED
}
