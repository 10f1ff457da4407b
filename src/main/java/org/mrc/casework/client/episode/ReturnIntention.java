package org.mrc.casework.client.episode;

/** What a returnee intends: to stay, to migrate again, or not decided yet. */
public enum ReturnIntention {
    STAY,
    REMIGRATE,
    UNDECIDED
}
