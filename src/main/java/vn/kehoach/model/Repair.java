package vn.kehoach.model;

/**
 * One change normalization made to a line: where, what was there, what replaced it, which rule or
 * model made the change and how sure it was (in [0, 1]).
 */
public record Repair(int page, int line, String original, String replacement, String method, double score) {
}
