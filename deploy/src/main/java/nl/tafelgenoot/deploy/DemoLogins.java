package nl.tafelgenoot.deploy;

import java.util.List;

/**
 * The demo logins the launcher prints when the portal runs with demo data.
 *
 * <p>The portal seeds these accounts itself (its demo-data migration); this list only tells the
 * person who just started the jar how to get in. Keep it in step with the portal's seed data:
 * it is the one place in the launcher that names them.
 */
final class DemoLogins {

    /** The password of every demo account. */
    static final String PASSWORD = "Demo-wachtwoord-2026";

    /** The demo admins' two-step key: the portal's DemoSeeder.DEMO_ADMIN_TOTP_KEY. */
    static final String ADMIN_TOTP_KEY = "DEMOBEHEERDERTAFELGENOOTZEISTAAA";

    static final String DE_LINDE = "Seniorenvereniging De Linde, afdeling Zeist";
    static final String SAMEN_VERDER = "Mantelzorgvereniging Samen Verder";
    static final String BOTH = "Both organisations (chooses one after login)";
    static final String PLATFORM = "The platform (no organisation: creates, suspends and offboards organisations)";

    /** One demo account: its login, what it may do, and where it works. */
    record DemoLogin(String email, String role, String organisation) {
    }

    static final List<DemoLogin> ALL = List.of(
            new DemoLogin("beheerder@delinde.example", "beheerder (admin)", DE_LINDE),
            new DemoLogin("coordinator@delinde.example", "coördinator", DE_LINDE),
            new DemoLogin("anna.visser@delinde.example", "cliëntadviseur", DE_LINDE),
            new DemoLogin("pieter.smit@delinde.example", "cliëntadviseur", DE_LINDE),
            new DemoLogin("beheerder@samenverder.example", "beheerder (admin)", SAMEN_VERDER),
            new DemoLogin("coordinator@samenverder.example", "coördinator", SAMEN_VERDER),
            new DemoLogin("sanne.bos@samenverder.example", "cliëntadviseur", SAMEN_VERDER),
            new DemoLogin("mohammed.yilmaz@samenverder.example", "cliëntadviseur", SAMEN_VERDER),
            new DemoLogin("eva.dekker@example.org", "cliëntadviseur at De Linde, coördinator at Samen Verder", BOTH),
            new DemoLogin("operator@tafelgenoot.example", "platformbeheerder (operator)", PLATFORM));

    private DemoLogins() {
    }
}
