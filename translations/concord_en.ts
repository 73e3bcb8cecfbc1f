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
    <message numerus="yes">
        <source>the given class prevalences are not %n positive values summing to 1; they are estimated instead</source>
        <translation>
            <numerusform>the given class prevalences is not %n positive values summing to 1; they are estimated instead</numerusform>
            <numerusform>the given class prevalences are not %n positive values summing to 1; they are estimated instead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 split names for %n ratio(s)</source>
        <translation>
            <numerusform>%1 split names for %n ratio</numerusform>
            <numerusform>%1 split names for %n ratios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 splits need at least %1 groups, and the items form %n group(s); the shares are %2</source>
        <translation>
            <numerusform>%1 splits need at least %1 groups, and the items form %n group; the shares is %2</numerusform>
            <numerusform>%1 splits need at least %1 groups, and the items form %n groups; the shares are %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no response within %n second(s)</source>
        <translation>
            <numerusform>no response within %n second</numerusform>
            <numerusform>no response within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expected %n field(s), as the header has, found %1</source>
        <translation>
            <numerusform>expected %n field, as the header has, found %1</numerusform>
            <numerusform>expected %n fields, as the header has, found %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n source(s) the data cannot tell the sources' accuracies apart; they stay near the majority-vote start (at least 3 sources are needed)</source>
        <translation>
            <numerusform>with %n source the data cannot tell the sources' accuracies apart; they stay near the majority-vote start (at least 3 sources is needed)</numerusform>
            <numerusform>with %n sources the data cannot tell the sources' accuracies apart; they stay near the majority-vote start (at least 3 sources are needed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) de-identified</source>
        <translation>
            <numerusform>%n file de-identified</numerusform>
            <numerusform>%n files de-identified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 de-identified; %n file(s) could not be</source>
        <translation>
            <numerusform>%1 de-identified; %n file could not be</numerusform>
            <numerusform>%1 de-identified; %n files could not be</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n DICOM segmentation(s) to %1
</source>
        <translation>
            <numerusform>Wrote %n DICOM segmentation to %1
</numerusform>
            <numerusform>Wrote %n DICOM segmentations to %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n DICOM measurement report(s) to %1
</source>
        <translation>
            <numerusform>Wrote %n DICOM measurement report to %1
</numerusform>
            <numerusform>Wrote %n DICOM measurement reports to %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mask(s) as %1's work
</source>
        <translation>
            <numerusform>Imported %n mask as %1's work
</numerusform>
            <numerusform>Imported %n masks as %1's work
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n mask(s) imported before
</source>
        <translation>
            <numerusform>Left out %n mask imported before
</numerusform>
            <numerusform>Left out %n masks imported before
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n item(s) imported after split version %1 are in no split and left out
</source>
        <translation>
            <numerusform>warning: %n item imported after split version %1 is in no split and left out
</numerusform>
            <numerusform>warning: %n items imported after split version %1 are in no split and left out
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n imported image(s) have no row in %1 and get no keys
</source>
        <translation>
            <numerusform>warning: %n imported image have no row in %1 and get no keys
</numerusform>
            <numerusform>warning: %n imported images have no row in %1 and get no keys
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keys (%1) recorded for %n item(s)
</source>
        <translation>
            <numerusform>keys (%1) recorded for %n item
</numerusform>
            <numerusform>keys (%1) recorded for %n items
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label model: %n unit(s), converged after %1 EM iterations.</source>
        <translation>
            <numerusform>Label model: %n unit, converged after %1 EM iterations.</numerusform>
            <numerusform>Label model: %n units, converged after %1 EM iterations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label model: %n unit(s), stopped after %1 EM iterations.</source>
        <translation>
            <numerusform>Label model: %n unit, stopped after %1 EM iterations.</numerusform>
            <numerusform>Label model: %n units, stopped after %1 EM iterations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labeling functions over %n unit(s): coverage %1, overlap %2, conflict %3</source>
        <translation>
            <numerusform>Labeling functions over %n unit: coverage %1, overlap %2, conflict %3</numerusform>
            <numerusform>Labeling functions over %n units: coverage %1, overlap %2, conflict %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unit(s) with a gold label</source>
        <translation>
            <numerusform>; %n unit with a gold label</numerusform>
            <numerusform>; %n units with a gold label</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gold label(s) name units no labeling function voted on; they are left out</source>
        <translation>
            <numerusform>%n gold label name units no labeling function voted on; they is left out</numerusform>
            <numerusform>%n gold labels name units no labeling function voted on; they are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)
</source>
        <translation>
            <numerusform>%n match
</numerusform>
            <numerusform>%n matches
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) stored on %2
</source>
        <translation>
            <numerusform>%1 of %n file stored on %2
</numerusform>
            <numerusform>%1 of %n files stored on %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n group(s), %1% of the items (asked %2%)
</source>
        <translation>
            <numerusform>, %n group, %1% of the items (asked %2%)
</numerusform>
            <numerusform>, %n groups, %1% of the items (asked %2%)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leak: %1 "%2" is in %3 (%n item(s))
</source>
        <translation>
            <numerusform>leak: %1 "%2" is in %3 (%n item)
</numerusform>
            <numerusform>leak: %1 "%2" is in %3 (%n items)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n item(s) without the key "%1" each form a group of their own
</source>
        <translation>
            <numerusform>warning: %n item without the key "%1" each form a group of their own
</numerusform>
            <numerusform>warning: %n items without the key "%1" each form a group of their own
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be a number or an array of %n number(s), one per channel</source>
        <translation>
            <numerusform>must be a number or an array of %n number, one per channel</numerusform>
            <numerusform>must be a number or an array of %n numbers, one per channel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>images with %n channel(s) cannot be given to a model</source>
        <translation>
            <numerusform>images with %n channel cannot be given to a model</numerusform>
            <numerusform>images with %n channels cannot be given to a model</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the model gave class %1 in row %2 of its output, but "classes" lists %n class(es)</source>
        <translation>
            <numerusform>the model gave class %1 in row %2 of its output, but "classes" lists %n class</numerusform>
            <numerusform>the model gave class %1 in row %2 of its output, but "classes" lists %n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this model takes at most %n point(s), corners of a box included</source>
        <translation>
            <numerusform>this model takes at most %n point, corners of a box included</numerusform>
            <numerusform>this model takes at most %n points, corners of a box included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the learner needs accepted labels of at least two classes to rank by uncertainty; it has %n class(es)</source>
        <translation>
            <numerusform>the learner needs accepted labels of at least two classes to rank by uncertainty; it has %n class</numerusform>
            <numerusform>the learner needs accepted labels of at least two classes to rank by uncertainty; it has %n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n item(s)</source>
        <translation>
            <numerusform> on %n item</numerusform>
            <numerusform> on %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n item(s) skipped</source>
        <translation>
            <numerusform>; %n item skipped</numerusform>
            <numerusform>; %n items skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learner: %n accepted label(s)</source>
        <translation>
            <numerusform>Learner: %n accepted label</numerusform>
            <numerusform>Learner: %n accepted labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next %n item(s) by %1:
</source>
        <translation>
            <numerusform>Next %n item by %1:
</numerusform>
            <numerusform>Next %n items by %1:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), rules revision %1: the rules together cover %2 %, overlap on %3 %, conflict on %4 %
</source>
        <translation>
            <numerusform>%n item, rules revision %1: the rules together cover %2 %, overlap on %3 %, conflict on %4 %
</numerusform>
            <numerusform>%n items, rules revision %1: the rules together cover %2 %, overlap on %3 %, conflict on %4 %
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote pre-label set %1: %n suggestion(s) at probability %2 or more
</source>
        <translation>
            <numerusform>Wrote pre-label set %1: %n suggestion at probability %2 or more
</numerusform>
            <numerusform>Wrote pre-label set %1: %n suggestions at probability %2 or more
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n pre-label set(s) added</source>
        <translation>
            <numerusform>; %n pre-label set added</numerusform>
            <numerusform>; %n pre-label sets added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  time saved per item: %1 s (items with accepted suggestions against items without suggestions, within each of %n reader(s); %2 against %3 items)
</source>
        <translation>
            <numerusform>  time saved per item: %1 s (items with accepted suggestions against items without suggestions, within each of %n reader; %2 against %3 items)
</numerusform>
            <numerusform>  time saved per item: %1 s (items with accepted suggestions against items without suggestions, within each of %n readers; %2 against %3 items)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>QIDO-RS %1: cancelled after %n match(es)</source>
        <translation>
            <numerusform>QIDO-RS %1: cancelled after %n match</numerusform>
            <numerusform>QIDO-RS %1: cancelled after %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>QIDO-RS %1: asked for the matches from number %2 on, the node sent again matches it had sent before: it does not page with "offset". Stopped after %n match(es); narrow the search so that one page of %3 holds them all</source>
        <translation>
            <numerusform>QIDO-RS %1: asked for the matches from number %2 on, the node sent again matches it had sent before: it does not page with "offset". Stopped after %n match; narrow the search so that one page of %3 holds them all</numerusform>
            <numerusform>QIDO-RS %1: asked for the matches from number %2 on, the node sent again matches it had sent before: it does not page with "offset". Stopped after %n matches; narrow the search so that one page of %3 holds them all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C-FIND cancelled after %n match(es)</source>
        <translation>
            <numerusform>C-FIND cancelled after %n match</numerusform>
            <numerusform>C-FIND cancelled after %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no TLS answer within %n second(s): does the node speak DICOM TLS on this port, or plain DICOM?</source>
        <translation>
            <numerusform>no TLS answer within %n second: does the node speak DICOM TLS on this port, or plain DICOM?</numerusform>
            <numerusform>no TLS answer within %n seconds: does the node speak DICOM TLS on this port, or plain DICOM?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: the first %n match(es) only; the node has more: narrow the search, or raise --max-results (0 for all)
</source>
        <translation>
            <numerusform>warning: the first %n match only; the node has more: narrow the search, or raise --max-results (0 for all)
</numerusform>
            <numerusform>warning: the first %n matches only; the node has more: narrow the search, or raise --max-results (0 for all)
</numerusform>
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
    <name>concord::LearnerQueue</name>
    <message numerus="yes">
        <source>Learner: %1% cross-validated accuracy (majority baseline %2%), %n label(s)</source>
        <translation>
            <numerusform>Learner: %1% cross-validated accuracy (majority baseline %2%), %n label</numerusform>
            <numerusform>Learner: %1% cross-validated accuracy (majority baseline %2%), %n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learner: not trained, %n accepted label(s)</source>
        <translation>
            <numerusform>Learner: not trained, %n accepted label</numerusform>
            <numerusform>Learner: not trained, %n accepted labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unlabelled item(s) first, in this order</source>
        <translation>
            <numerusform>%n unlabelled item first, in this order</numerusform>
            <numerusform>%n unlabelled items first, in this order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::PacsRetrieveDialog</name>
    <message numerus="yes">
        <source>%n study(ies) found.</source>
        <translation>
            <numerusform>%n study found.</numerusform>
            <numerusform>%n studies found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrieving %n study(ies) from %1…</source>
        <translation>
            <numerusform>Retrieving %n study from %1…</numerusform>
            <numerusform>Retrieving %n studies from %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n image(s)</source>
        <translation>
            <numerusform>%1 / %n image</numerusform>
            <numerusform>%1 / %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s); already in the project: %2</source>
        <translation>
            <numerusform>%1 of %n image; already in the project: %2</numerusform>
            <numerusform>%1 of %n images; already in the project: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) fetched</source>
        <translation>
            <numerusform>%n image fetched</numerusform>
            <numerusform>%n images fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added.</source>
        <translation>
            <numerusform>%n item added.</numerusform>
            <numerusform>%n items added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n study(ies) of more: narrow the search, or raise the cap in File ▸ Preferences….</source>
        <translation>
            <numerusform>Showing the first %n study of more: narrow the search, or raise the cap in File ▸ Preferences….</numerusform>
            <numerusform>Showing the first %n studies of more: narrow the search, or raise the cap in File ▸ Preferences….</numerusform>
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
    <name>concord::RunModelDialog</name>
    <message numerus="yes">
        <source>Running %1 on %n item(s)…</source>
        <translation>
            <numerusform>Running %1 on %n item…</numerusform>
            <numerusform>Running %1 on %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n item(s), in the Suggestions tab as set %1.</source>
        <translation>
            <numerusform> on %n item, in the Suggestions tab as set %1.</numerusform>
            <numerusform> on %n items, in the Suggestions tab as set %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped; the first: %1</source>
        <translation>
            <numerusform>%n item skipped; the first: %1</numerusform>
            <numerusform>%n items skipped; the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n class(es) ignored)</source>
        <translation>
            <numerusform> (%n class ignored)</numerusform>
            <numerusform> (%n classes ignored)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::SendSegmentationDialog</name>
    <message numerus="yes">
        <source>Cancelled: %1 of %n segmentation(s) stored.</source>
        <translation>
            <numerusform>Cancelled: %1 of %n segmentation stored.</numerusform>
            <numerusform>Cancelled: %1 of %n segmentations stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: the node stored %n segmentation(s).</source>
        <translation>
            <numerusform>Done: the node stored %n segmentation.</numerusform>
            <numerusform>Done: the node stored %n segmentations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The node stored %1 of %n segmentation(s); see above why not the others.</source>
        <translation>
            <numerusform>The node stored %1 of %n segmentation; see above why not the others.</numerusform>
            <numerusform>The node stored %1 of %n segmentations; see above why not the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: the node stored %n de-identified segmentation(s).</source>
        <translation>
            <numerusform>Done: the node stored %n de-identified segmentation.</numerusform>
            <numerusform>Done: the node stored %n de-identified segmentations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::SuggestionLayer</name>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::SuggestionsPanel</name>
    <message numerus="yes">
        <source>Set %1 (%2), made %3: %n suggestion(s) in all</source>
        <translation>
            <numerusform>Set %1 (%2), made %3: %n suggestion in all</numerusform>
            <numerusform>Set %1 (%2), made %3: %n suggestions in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) as your own; Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>Accepted %n suggestion as your own; Ctrl+Z takes them back.</numerusform>
            <numerusform>Accepted %n suggestions as your own; Ctrl+Z takes them back.</numerusform>
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