package vn.kehoach.review;

import vn.kehoach.model.PlanDocument;

/** One plan JSON of an output folder: its name relative to that folder and what it holds. */
record PlanFile(String relativeName, PlanDocument plan) {
}
