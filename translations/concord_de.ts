<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnnotatorDialog</name>
    <message>
        <source>I am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is labeling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every label you make records who made it. Choose your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. jdoe (letters, digits, . _ -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr. Jane Doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start labeling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotatorWork</name>
    <message>
        <source>event &quot;%1&quot; names no item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box %1 is added twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box %1 is changed but does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box %1 is removed but does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;labels&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;labels&quot; must hold label ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operation &quot;%1&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxTool</name>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationPanel</name>
    <message>
        <source>Ctrl+%1 toggles this image label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One label per image. Ctrl+key sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any number of labels per image. Ctrl+key toggles one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image label %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DicomAttributeReader</name>
    <message>
        <source>%1 has VR %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a valid integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemBrowser</name>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only items with this status (for you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>%1
%2 × %3 px
Status: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWriter</name>
    <message>
        <source>cannot create the journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal is unusable after an earlier write error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush journal to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <source>Search labels  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Key %1: use for boxes · Ctrl+%1: toggle as image label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelingWorkbench</name>
    <message>
        <source>Each edit is written to disk before it is shown as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last edit could not be written to disk and was not applied.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All work saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no images yet.
Use File ▸ Import images… (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit: mark done and go to the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: mark skipped and go to the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual pixels (1:1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset window/level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset window/level (right-drag to adjust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every edit is saved to disk the moment you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 for boxes (relabels the selected box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle image label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle %1 as an image label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last item in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first item in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2 · %3 · %4 × %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1  y %2  value %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Concord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Concord&lt;/h1&gt;&lt;p&gt;Label radiographs, measure agreement, never lose work.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — Concord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images imported, %2 already in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

%1 files could not be read and were skipped:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project opened with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was opened. Some lines of its files were damaged and skipped; everything else was loaded. The files were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty folder, e.g. ~/chest-xr.concord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of PNG, JPEG, TIFF or BMP images (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several image labels per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly one image label per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One label per line; indent two spaces for a sub-label:
Finding
  Opacity
    Nodule
Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Initial version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(deleted label)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjudicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>cannot open folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sync folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate item id, line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid JSON line, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at column %1 (byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is not supported by this version of Concord (it reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Line %1 (&quot;%2&quot;) is indented deeper than a child of the line above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <source>Header window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Concord project: it has no project.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project already exists here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid annotator id: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown annotator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no labeling session is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotations (COCO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in another copy&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure inter-annotator agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect or render a DICOM file as Concord decodes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: concord-cli &lt;command&gt; [arguments]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;concord-cli &lt;command&gt; --help&apos; for the arguments of one command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concord-cli: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord</name>
    <message>
        <source>%1 needs exactly 2 coders, the table has %2; use fleiss, alpha or ac1 for more coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weights applies only to cohen, ac1 and bp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level applies only to alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bootstrap needs at least 2 resamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units have different numbers of ratings (%1 of %2 have fewer than %3): kappa uses Gwet&apos;s generalisation for missing ratings; the null SE and per-category kappas use only units with %3 ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1 was used by all or by none of the ratings: its kappa is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit(s) with a single rating are not pairable and were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels are not all numbers: their positions 1..%1 in label order were used as values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio level needs non-negative values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit has two or more ratings: alpha is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all pairable values are in one category, so expected disagreement is 0 and alpha is undefined (0/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit(s) with a single rating count only toward category prevalence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit has two or more ratings: the coefficient is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale has a single category: AC1 is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chance agreement is 1 (a single category is used): the coefficient is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two different coders of the table are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit(s) rated by only one of %2 and %3 were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit was rated by both coders: the value is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both coders used a single category: chance agreement is 1 and kappa is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both coders used a single category: chance agreement is 1 and pi is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected the header &apos;unit,coder,label&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated or misplaced quote in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the header &apos;unit,coder,label&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 3 fields (unit,coder,label), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty %1; a missing rating is written as no line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 already has a rating from coder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest X-ray demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Chest X-ray labeling guideline

Draw a box around every **nodule**, **consolidation** and **effusion**; mark tubes and lines as devices. Tick *Normal* as an image label when there is no finding.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write demo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image has %1 rows and %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of Frames is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits allocated per sample is not supported (only 8 and 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconsistent Bits Allocated %1, Bits Stored %2, High Bit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel Representation is %1, expected 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photometric Interpretation &apos;%1&apos; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 samples per pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOI LUT Function &apos;%1&apos; is not one of LINEAR, LINEAR_EXACT, SIGMOID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid LUT Descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 entries, its descriptor says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOI LUT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality LUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescale Slope is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DICOM file (no &apos;DICM&apos; marker at byte 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported transfer syntax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the file ends inside the compressed Pixel Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the file ends inside Pixel Data, which declares %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated or corrupt %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be parsed as DICOM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to decompress: %1 frames of %2 x %3 need %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decoder for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode transfer syntax %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Pixel Data element (7FE0,0010)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG 2000 Part 2 multi-component images are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmented palette colour lookup tables are not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating-point pixel data is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel Data has VR %1, expected OB or OW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only valid with JPEG 2000 compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 bits allocated is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: pixel data is %1 bytes, expected %2 (%3 frames of %4 x %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel Data of frame %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write an empty image as DICOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only 8/16-bit greyscale or 8-bit RGB frames can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all frames must have the same size and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG 2000 encoding failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compress to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write DICOM file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG 2000 frame %1 cannot be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 components, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 is %2 x %3 with %4 bits, expected %5 x %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt codestream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 was not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG 2000 with %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG 2000 frame of %1 x %2 is too large to decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG 2000 Pixel Data is not encapsulated in fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find the fragments of JPEG 2000 frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG 2000 fragment %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable image, or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported number of channels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a box has a negative size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid event, skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last line was cut short (%1 bytes), probably by a crash while it was being written; it was never reported as saved and is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid JSON line, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash chain broken: this line does not follow the line before it (a line was changed, removed or inserted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence jumps from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event belongs to annotator &quot;%1&quot;, session &quot;%2&quot;, not to this file; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from %1 in a way that is not an extension; kept this project&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge a project with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Concord project: it has no project.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to a different project (&quot;%1&quot;, id %2); this project is &quot;%3&quot;, id %4. Nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::agreement</name>
    <message>
        <source>prevalence paradox: %1 is %2 although observed agreement is %3; one category dominates, so chance agreement is high. Report Gwet&apos;s AC1 (or category prevalence) alongside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bootstrap: the value was undefined in %1 of %2 resamples, which were dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::cli</name>
    <message>
        <source>Run &apos;concord-cli agreement --help&apos; for the arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 units, %2 coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 (Landis-Koch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure inter-annotator agreement on a long-format CSV with the header unit,coder,label (one rating per line; a missing rating has no line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient: percent, cohen, scott, fleiss, alpha, ac1 or bp (default alpha).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level for alpha: nominal, ordinal, interval or ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights for cohen, ac1 and bp: linear or quadratic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap confidence interval over units with N resamples (e.g. 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the bootstrap (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Concord project folder (not supported yet; use --csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading agreement from a project is not supported yet; export ratings and pass --csv &lt;file&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv &lt;file&gt; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level applies only to --metric alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weights applies only to --metric cohen, ac1 or bp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown weights &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bootstrap needs a whole number of at least 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: concord-cli dicom %1 &lt;file&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode a DICOM file and describe what Concord sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window needs CENTER,WIDTH with a positive width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no window preset &apos;%1&apos; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed values need a .tif output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .pgm holds one channel; use .ppm or .tif for colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .ppm holds colour; use .pgm or .tif for greyscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write this image type (%1 channels, %2) in that format; try .tif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one frame of a DICOM file as an image: the displayed 8-bit picture through a window, or with --raw the decoded stored values (16-bit PGM or TIFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output image (.png, .pgm, .tif ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame to render, from 0 (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write stored values, one channel per sample, no window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window as CENTER,WIDTH in modality units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C,W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header window by name, &apos;full&apos; or &apos;auto&apos; (percentiles). Default: first header window, else full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dicom render needs --out &lt;file&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no frame %2 (the image has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: concord-cli dicom &lt;info|render&gt; &lt;file&gt; [options]
  info     describe the decoded image (--json for JSON)
  render   write a frame as an image (--out, --raw, --window, --preset)
Run &apos;concord-cli dicom &lt;info|render&gt; --help&apos; for details.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the project&apos;s annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: coco.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this annotator&apos;s work (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; supported: coco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out &lt;file&gt; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 images, %2 boxes, %3 image labels to %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every image under &lt;folder&gt; into the project. Files already imported (same content) are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images imported, %2 already present, %3 unreadable
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize a project: items, annotators, sessions, annotations per label and annotator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:    %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline:  version %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2 sessions, %3 done, %4 skipped, %5 in progress, %6 boxes
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels (boxes / image labels):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty project in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file with the labels as an indented list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the project with the built-in demo radiographs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created demo project in %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot; in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring another copy&apos;s work (journals, items, annotators) into the project. Merging twice changes nothing; a copy of another project is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of the same project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 journals added, %2 extended, %3 unchanged; %4 items, %5 annotators, %6 guideline versions added
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Concord labeling workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as this annotator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
