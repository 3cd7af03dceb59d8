package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a section of a plan is for, read from its heading (or inherited from its parent). */
public enum SectionRole {
    OBJECTIVES("objectives"),
    TARGETS("targets"),
    SUBJECTS_AND_SCOPE("subjects-and-scope"),
    TASKS("tasks"),
    SOLUTIONS("solutions"),
    FUNDING("funding"),
    ORGANIZATION("organization"),
    REPORTING("reporting"),
    OTHER("other");

    private final String id;

    SectionRole(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
