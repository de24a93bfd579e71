package io.trendreports.normalize;

/**
 * What a report is about.
 *
 * @param id     stable across reports, authors and dates ({@code ai-llms}): editions of one topic are compared
 * @param label  as people read it ("AI LLMs")
 * @param within the id of the listed topic this one is part of ("AI in Healthcare" within
 *               {@code ai-llms}), whose taxonomies it shares; empty for none
 */
public record Topic(String id, String label, String within) {

    /** The topic of a report whose title and front matter say nothing about its subject. */
    public static final Topic GENERAL = new Topic("general", "General", "");

    public Topic {
        within = within == null ? "" : within;
    }

    public Topic(String id, String label) {
        this(id, label, "");
    }

    /** Whether a taxonomy for {@code topicId} applies to this topic. */
    public boolean is(String topicId) {
        return id.equals(topicId) || within.equals(topicId);
    }
}
