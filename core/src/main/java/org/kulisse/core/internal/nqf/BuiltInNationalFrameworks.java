package org.kulisse.core.internal.nqf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.nqf.NationalFramework;
import org.kulisse.core.nqf.NationalFrameworkLevel;
import org.kulisse.core.spi.NationalFrameworkProvider;

/**
 * The national frameworks that ship with Kulisse and their referencing to the EQF. IRIs are the EU vocabulary (QDR)
 * concepts. Sources for the referencing: Cedefop's NQF country pages (IT, BG, NO), the DQR FAQ (DE), the 2010 UK
 * referencing as tabulated by awarding bodies and the 2019 SCQF update (England/Northern Ireland, Scotland), the 2009
 * Irish referencing report (IE) and decree 2019-14 (FR). See docs/national-frameworks.md.
 */
public final class BuiltInNationalFrameworks implements NationalFrameworkProvider {

    private static final String QDR = "http://data.europa.eu/snb/qdr/";

    @Override
    public List<NationalFramework> frameworks() {
        return List.of(italy(), germany(), bulgaria(), norway(), englandAndNorthernIreland(), scotland(), ireland(),
                france());
    }

    private static NationalFramework italy() {
        return new Def("QNQ", "Italian Qualifications Framework (QNQ)", "c_02d8bc18", "IT")
                .level("1", 1, "c_1eeca5f9").level("2", 2, "c_fd9234c1").level("3", 3, "c_5c91e0ca")
                .level("4", 4, "c_7d534b92").level("5", 5, "c_d2b47671").level("6", 6, "c_8cf0774e")
                .level("7", 7, "c_0fe2b814").level("8", 8, "c_370653aa").build();
    }

    private static NationalFramework germany() {
        return new Def("DQR", "German Qualifications Framework (DQR)", "c_ef113b94", "DE")
                .level("1", 1, "c_f77c7095").level("2", 2, "c_c71cce15").level("3", 3, "c_c37d888a")
                .level("4", 4, "c_12a84182").level("5", 5, "c_bd9f8e42").level("6", 6, "c_6919ed25")
                .level("7", 7, "c_184f7fed").level("8", 8, "c_341d539b").build();
    }

    private static NationalFramework bulgaria() {
        // Level 0 is the preparatory (pre-school) level and has no EQF level.
        return new Def("BQF", "Bulgarian Qualifications Framework (BQF)", "c_c534839f", "BG")
                .level("0", 0, "c_50f03409").level("1", 1, "c_11fef73b").level("2", 2, "c_4854c1ef")
                .level("3", 3, "c_d57056ce").level("4", 4, "c_40f3d416").level("5", 5, "c_0b0b744e")
                .level("6", 6, "c_2b79a822").level("7", 7, "c_bb023568").level("8", 8, "c_311c2747").build();
    }

    private static NationalFramework norway() {
        // NKR has no level 1. Level 5 is split into 5.1 and 5.2 (tertiary vocational education, first and second
        // part); the QDR lists 6.1/6.2 as well, which are accepted as spellings of level 6.
        return new Def("NKR", "Norwegian Qualifications Framework (NKR)", "c_ae44d998", "NO")
                .level("2", 2, "c_0b8188d7").level("3", 3, "c_bbfedf33").level("4", 4, "c_81090d42")
                .level("5.1", 5, "c_12ece3d4").level("5.2", 5, "c_92632be8")
                .level("6", 6, null, "6.1", "6.2")
                .level("7", 7, "c_fb307b49").level("8", 8, "c_95249ae7").build();
    }

    private static NationalFramework englandAndNorthernIreland() {
        // Entry levels 1 and 2 are not referenced to the EQF; the QDR has one concept for both.
        return new Def("RQF", "Regulated Qualifications Framework (England and Northern Ireland)", "c_d0a601e6",
                "GB-ENG", "GB-NIR")
                .level("Entry 1", 0, "c_778f8030", "E1").level("Entry 2", 0, "c_778f8030", "E2")
                .level("Entry 3", 1, "c_b3a26e65", "E3")
                .level("1", 2, "c_f015bac8").level("2", 3, "c_e83742bd").level("3", 4, "c_dddf1163")
                .level("4", 5, "c_308a1766").level("5", 5, "c_dec9edae").level("6", 6, "c_c392e7a2")
                .level("7", 7, "c_3a94d1b4").level("8", 8, "c_064b59e6").build();
    }

    private static NationalFramework scotland() {
        return new Def("SCQF", "Scottish Credit and Qualifications Framework (SCQF)", "c_027221dd", "GB-SCT")
                .level("1", 0, "c_505223a4").level("2", 0, "c_2ce57891").level("3", 1, "c_31146b2c")
                .level("4", 2, "c_61aa9cbc").level("5", 3, "c_5e46ea39").level("6", 4, "c_c167deaa")
                .level("7", 5, "c_326c93a5").level("8", 5, "c_d9cf9fd5").level("9", 6, "c_e2e0f7fc")
                .level("10", 6, "c_021f233f").level("11", 7, "c_517309ca").level("12", 8, "c_c3f2cd03").build();
    }

    private static NationalFramework ireland() {
        return new Def("NFQ", "Irish National Framework of Qualifications (NFQ)", "c_01169e3f", "IE")
                .level("1", 1, "c_53e465cb").level("2", 1, "c_060f2f91").level("3", 2, "c_4c88e501")
                .level("4", 3, "c_57c9e957").level("5", 4, "c_4053e803").level("6", 5, "c_670e54c7")
                .level("7", 6, "c_38f52397").level("8", 6, "c_218a7e54").level("9", 7, "c_c6ada0f4")
                .level("10", 8, "c_ac9adabb").build();
    }

    private static NationalFramework france() {
        // Since decree 2019-14 the eight CNCP levels match the EQF one to one. The QDR still holds the 1969
        // nomenclature (V … I, in reverse order), accepted here as spellings; "I" is left out because it stood for
        // both master (7) and doctorate (8).
        return new Def("CNCP", "French National Qualifications Framework (CNCP)", "c_c8bc1cb9", "FR")
                .level("1", 1, null).level("2", 2, null).level("3", 3, "c_d7cce980", "V")
                .level("4", 4, "c_40020d69", "IV").level("5", 5, "c_243aefbe", "III")
                .level("6", 6, "c_5ad5d222", "II").level("7", 7, "c_828fbcc3").level("8", 8, "c_7ab73420").build();
    }

    /** A compact way to write a framework: EQF level 0 means "not referenced". */
    private static final class Def {
        private final String id;
        private final String name;
        private final String uri;
        private final List<String> countries;
        private final List<NationalFrameworkLevel> levels = new ArrayList<>();

        Def(String id, String name, String qdrId, String... countries) {
            this.id = id;
            this.name = name;
            this.uri = QDR + qdrId;
            this.countries = Arrays.asList(countries);
        }

        Def level(String label, int eqf, String qdrId, String... aliases) {
            levels.add(new NationalFrameworkLevel(label, Arrays.asList(aliases), eqf == 0 ? null : EqfLevel.of(eqf),
                    qdrId == null ? null : QDR + qdrId));
            return this;
        }

        NationalFramework build() {
            return new NationalFramework(id, countries, name, uri, levels);
        }
    }
}
