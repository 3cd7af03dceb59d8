package vn.kehoach.review;

import java.util.List;

/** One document of the site: its plan, the name of its page and its findings as shown. */
record DocumentEntry(PlanFile file, String pageName, List<FindingView> findings) {
}
