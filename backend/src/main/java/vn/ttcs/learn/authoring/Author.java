package vn.ttcs.learn.authoring;

import vn.ttcs.learn.identity.CurrentUser;

/** The trainer or administrator doing something to a draft. */
record Author(long id, String username) {

    static Author of(CurrentUser user) {
        return new Author(user.id(), user.username());
    }
}
