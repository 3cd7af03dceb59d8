package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a table cell holds once parsed; a column's type is the dominant type of its cells. */
public enum CellType {
    INTEGER("integer"),
    DECIMAL("decimal"),
    PERCENT("percent"),
    /** An amount with a currency unit ("đồng", "triệu đồng", "tỷ đồng"). */
    MONEY("money"),
    TEXT("text"),
    /** Blank, or a dash standing for "nothing" ("-"): no value, and no vote for the column's type. */
    EMPTY("empty");

    private final String id;

    CellType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == PERCENT || this == MONEY;
    }
}
