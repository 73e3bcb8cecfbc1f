<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>concord</name>
    <message numerus="yes">
        <source>%n unit(s) with a single rating are not pairable and were left out</source>
        <translation>
            <numerusform>%n unit with a single rating is not pairable and was left out</numerusform>
            <numerusform>%n units with a single rating are not pairable and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) with a single rating count only toward category prevalence</source>
        <translation>
            <numerusform>%n unit with a single rating counts only toward category prevalence</numerusform>
            <numerusform>%n units with a single rating count only toward category prevalence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) rated by only one of %1 and %2 were left out</source>
        <translation>
            <numerusform>%n unit rated by only one of %1 and %2 was left out</numerusform>
            <numerusform>%n units rated by only one of %1 and %2 were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reader(s) per item, but the project has only %1 people</source>
        <translation>
            <numerusform>%n reader per item, but the project has only %1 people</numerusform>
            <numerusform>%n readers per item, but the project has only %1 people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) with several labels in a single-label project were left out</source>
        <translation>
            <numerusform>%n rating with several labels in a single-label project was left out</numerusform>
            <numerusform>%n ratings with several labels in a single-label project were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) not in the taxonomy were ignored</source>
        <translation>
            <numerusform>%n label not in the taxonomy was ignored</numerusform>
            <numerusform>%n labels not in the taxonomy were ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n item)</numerusform>
            <numerusform>%1 (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>concord-cli: going on with %n problem(s) (--allow-damaged)
</source>
        <translation>
            <numerusform>concord-cli: going on with %n problem (--allow-damaged)
</numerusform>
            <numerusform>concord-cli: going on with %n problems (--allow-damaged)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>concord-cli: the project has %n problem(s); nothing was done. Repair them, or run again with --allow-damaged to go on without what they lost.
</source>
        <translation>
            <numerusform>concord-cli: the project has %n problem; nothing was done. Repair it, or run again with --allow-damaged to go on without what it lost.
</numerusform>
            <numerusform>concord-cli: the project has %n problems; nothing was done. Repair them, or run again with --allow-damaged to go on without what they lost.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3, %n session(s)
</source>
        <translation>
            <numerusform>%1  %2  %3, %n session
</numerusform>
            <numerusform>%1  %2  %3, %n sessions
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  "%2" by %3, guideline v%4, %n item(s)
</source>
        <translation>
            <numerusform>%1  "%2" by %3, guideline v%4, %n item
</numerusform>
            <numerusform>%1  "%2" by %3, guideline v%4, %n items
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created calibration session %1 "%2": %n item(s)</source>
        <translation>
            <numerusform>Created calibration session %1 "%2": %n item</numerusform>
            <numerusform>Created calibration session %1 "%2": %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created gold test %1 "%2": %n item(s)</source>
        <translation>
            <numerusform>Created gold test %1 "%2": %n item</numerusform>
            <numerusform>Created gold test %1 "%2": %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n label(s) to the taxonomy</source>
        <translation>
            <numerusform>Added %n label to the taxonomy</numerusform>
            <numerusform>Added %n labels to the taxonomy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n session(s), </source>
        <translation>
            <numerusform>%1 (%2): %n session, </numerusform>
            <numerusform>%1 (%2): %n sessions, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taxonomy of %1 (guideline version %2): %n label(s)</source>
        <translation>
            <numerusform>Taxonomy of %1 (guideline version %2): %n label</numerusform>
            <numerusform>Taxonomy of %1 (guideline version %2): %n labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::CalibrationReviewWindow</name>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mask(s)</source>
        <translation>
            <numerusform>%n mask</numerusform>
            <numerusform>%n masks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s)</source>
        <translation>
            <numerusform>%n polygon</numerusform>
            <numerusform>%n polygons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::CalibrationSetupDialog</name>
    <message numerus="yes">
        <source>%n item(s) will be read blind</source>
        <translation>
            <numerusform>%n item will be read blind</numerusform>
            <numerusform>%n items will be read blind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> by %n reader(s).</source>
        <translation>
            <numerusform> by %n reader.</numerusform>
            <numerusform> by %n readers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::ExportDialog</name>
    <message numerus="yes">
        <source>%v of %n item(s)</source>
        <translation>
            <numerusform>%v of %n item</numerusform>
            <numerusform>%v of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::GoldTestSetupDialog</name>
    <message numerus="yes">
        <source>%n item(s) with a reference label</source>
        <translation>
            <numerusform>%n item with a reference label</numerusform>
            <numerusform>%n items with a reference label</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> will be read blind by %n reader(s). Nobody sees the reference or another reader's labels until they have submitted every item.</source>
        <translation>
            <numerusform> will be read blind by %n reader. Nobody sees the reference or another reader's labels until they have submitted every item.</numerusform>
            <numerusform> will be read blind by %n readers. Nobody sees the reference or another reader's labels until they have submitted every item.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::GuidelineDraftDialog</name>
    <message numerus="yes">
        <source>This version also publishes the edited taxonomy (%n label(s)).</source>
        <translation>
            <numerusform>This version also publishes the edited taxonomy (%n label).</numerusform>
            <numerusform>This version also publishes the edited taxonomy (%n labels).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::ProblemsPanel</name>
    <message numerus="yes">
        <source>%n problem(s) were found when the project was opened. What they affect was skipped; the files were not changed.</source>
        <translation>
            <numerusform>%n problem was found when the project was opened. What it affects was skipped; the files were not changed.</numerusform>
            <numerusform>%n problems were found when the project was opened. What they affect was skipped; the files were not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::TaxonomyEditorDialog</name>
    <message numerus="yes">
        <source>Taxonomy: %n line(s) added</source>
        <translation>
            <numerusform>Taxonomy: %n line added</numerusform>
            <numerusform>Taxonomy: %n lines added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::TeamActions</name>
    <message numerus="yes">
        <source>%n session journal(s) written to %1. Give this file to the project lead, who chooses File ▸ Receive work.</source>
        <translation>
            <numerusform>%n session journal written to %1. Give this file to the project lead, who chooses File ▸ Receive work.</numerusform>
            <numerusform>%n session journals written to %1. Give this file to the project lead, who chooses File ▸ Receive work.</numerusform>
        </translation>
    </message>
</context>
</TS>