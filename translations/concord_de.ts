<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>concord</name>
    <message>
        <source>%1 needs exactly 2 coders, the table has %2; use fleiss, alpha or ac1 for more coders</source>
        <translation>%1 benötigt genau 2 Kodierer, die Tabelle hat %2; für mehr Kodierer fleiss, alpha oder ac1 verwenden</translation>
    </message>
    <message>
        <source>--weights applies only to cohen, ac1 and bp</source>
        <translation>--weights gilt nur für cohen, ac1 und bp</translation>
    </message>
    <message>
        <source>--level applies only to alpha</source>
        <translation>--level gilt nur für alpha</translation>
    </message>
    <message>
        <source>--bootstrap needs at least 2 resamples</source>
        <translation>--bootstrap benötigt mindestens 2 Resamples</translation>
    </message>
    <message>
        <source>units have different numbers of ratings (%1 of %2 have fewer than %3): kappa uses Gwet&apos;s generalisation for missing ratings; the null SE and per-category kappas use only units with %3 ratings</source>
        <translation>Einheiten haben unterschiedlich viele Bewertungen (%1 von %2 haben weniger als %3): Kappa verwendet Gwets Verallgemeinerung für fehlende Bewertungen; der Null-SE und die Kappas je Kategorie verwenden nur Einheiten mit %3 Bewertungen</translation>
    </message>
    <message>
        <source>category %1 was used by all or by none of the ratings: its kappa is undefined</source>
        <translation>Kategorie %1 wurde von allen oder von keiner Bewertung verwendet: ihr Kappa ist undefiniert</translation>
    </message>
    <message>
        <source>labels are not all numbers: their positions 1..%1 in label order were used as values</source>
        <translation>nicht alle Labels sind Zahlen: Als Werte wurden ihre Positionen 1..%1 in der Label-Reihenfolge verwendet</translation>
    </message>
    <message>
        <source>ratio level needs non-negative values</source>
        <translation>Verhältnisskala benötigt nicht-negative Werte</translation>
    </message>
    <message>
        <source>no unit has two or more ratings: alpha is undefined</source>
        <translation>keine Einheit hat zwei oder mehr Bewertungen: Alpha ist undefiniert</translation>
    </message>
    <message>
        <source>all pairable values are in one category, so expected disagreement is 0 and alpha is undefined (0/0)</source>
        <translation>alle paarbaren Werte liegen in einer Kategorie, daher ist die erwartete Nichtübereinstimmung 0 und Alpha undefiniert (0/0)</translation>
    </message>
    <message>
        <source>no unit has two or more ratings: the coefficient is undefined</source>
        <translation>keine Einheit hat zwei oder mehr Bewertungen: Der Koeffizient ist undefiniert</translation>
    </message>
    <message>
        <source>the scale has a single category: AC1 is undefined</source>
        <translation>die Skala hat nur eine Kategorie: AC1 ist undefiniert</translation>
    </message>
    <message>
        <source>chance agreement is 1 (a single category is used): the coefficient is undefined</source>
        <translation>die Zufallsübereinstimmung ist 1 (nur eine Kategorie wird verwendet): Der Koeffizient ist undefiniert</translation>
    </message>
    <message>
        <source>two different coders of the table are needed</source>
        <translation>es werden zwei verschiedene Kodierer der Tabelle benötigt</translation>
    </message>
    <message>
        <source>no unit was rated by both coders: the value is undefined</source>
        <translation>keine Einheit wurde von beiden Kodierern bewertet: Der Wert ist undefiniert</translation>
    </message>
    <message>
        <source>both coders used a single category: chance agreement is 1 and kappa is undefined</source>
        <translation>beide Kodierer haben nur eine Kategorie verwendet: Die Zufallsübereinstimmung ist 1 und Kappa undefiniert</translation>
    </message>
    <message>
        <source>both coders used a single category: chance agreement is 1 and pi is undefined</source>
        <translation>beide Kodierer haben nur eine Kategorie verwendet: Die Zufallsübereinstimmung ist 1 und Pi undefiniert</translation>
    </message>
    <message>
        <source>the file is empty; expected the header &apos;unit,coder,label&apos;</source>
        <translation>die Datei ist leer; erwartet wurde die Kopfzeile &apos;unit,coder,label&apos;</translation>
    </message>
    <message>
        <source>unterminated or misplaced quote in %1</source>
        <translation>nicht abgeschlossenes oder falsch platziertes Anführungszeichen in %1</translation>
    </message>
    <message>
        <source>expected the header &apos;unit,coder,label&apos;, found %1</source>
        <translation>erwartet wurde die Kopfzeile &apos;unit,coder,label&apos;, gefunden: %1</translation>
    </message>
    <message>
        <source>expected 3 fields (unit,coder,label), found %1</source>
        <translation>erwartet wurden 3 Felder (unit,coder,label), gefunden: %1</translation>
    </message>
    <message>
        <source>empty %1; a missing rating is written as no line</source>
        <translation>leeres Feld %1; eine fehlende Bewertung wird als fehlende Zeile geschrieben</translation>
    </message>
    <message>
        <source>unit %1 already has a rating from coder %2</source>
        <translation>Einheit %1 hat bereits eine Bewertung von Kodierer %2</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Chest X-ray demo</source>
        <translation>Thorax-Röntgen-Demo</translation>
    </message>
    <message>
        <source># Chest X-ray labeling guideline

Draw a box around every **nodule**, **consolidation** and **effusion**; mark tubes and lines as devices. Tick *Normal* as an image label when there is no finding.
</source>
        <translation># Leitfaden zur Annotation von Thorax-Röntgenaufnahmen

Zeichnen Sie eine Box um jeden **Rundherd**, jede **Konsolidierung** und jeden **Erguss**; markieren Sie Tuben, Drainagen und Katheter als Fremdmaterial. Haken Sie *Normal* als Bild-Label an, wenn kein Befund vorliegt.
</translation>
    </message>
    <message>
        <source>Demo Reader</source>
        <translation>Demo-Befunder</translation>
    </message>
    <message>
        <source>Session Lead</source>
        <translation>Sitzungsleitung</translation>
    </message>
    <message>
        <source>cannot write demo image</source>
        <translation>Demo-Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Thorax</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>image has %1 rows and %2 columns</source>
        <translation>das Bild hat %1 Zeilen und %2 Spalten</translation>
    </message>
    <message>
        <source>Number of Frames is %1</source>
        <translation>Number of Frames ist %1</translation>
    </message>
    <message>
        <source>%1 bits allocated per sample is not supported (only 8 and 16)</source>
        <translation>%1 zugewiesene Bits pro Sample werden nicht unterstützt (nur 8 und 16)</translation>
    </message>
    <message>
        <source>inconsistent Bits Allocated %1, Bits Stored %2, High Bit %3</source>
        <translation>inkonsistente Werte: Bits Allocated %1, Bits Stored %2, High Bit %3</translation>
    </message>
    <message>
        <source>Pixel Representation is %1, expected 0 or 1</source>
        <translation>Pixel Representation ist %1, erwartet 0 oder 1</translation>
    </message>
    <message>
        <source>Photometric Interpretation &apos;%1&apos; is not supported</source>
        <translation>Photometric Interpretation &apos;%1&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 with %2 samples per pixel</source>
        <translation>%1 mit %2 Samples pro Pixel</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Fenster %1</translation>
    </message>
    <message>
        <source>VOI LUT Function &apos;%1&apos; is not one of LINEAR, LINEAR_EXACT, SIGMOID</source>
        <translation>VOI LUT Function &apos;%1&apos; ist keiner der Werte LINEAR, LINEAR_EXACT, SIGMOID</translation>
    </message>
    <message>
        <source>%1 has an invalid LUT Descriptor</source>
        <translation>%1 hat einen ungültigen LUT Descriptor</translation>
    </message>
    <message>
        <source>%1 has %2 entries, its descriptor says %3</source>
        <translation>%1 hat %2 Einträge, laut Descriptor sind es %3</translation>
    </message>
    <message>
        <source>VOI LUT %1</source>
        <translation>VOI LUT %1</translation>
    </message>
    <message>
        <source>Modality LUT</source>
        <translation>Modality LUT</translation>
    </message>
    <message>
        <source>Rescale Slope is 0</source>
        <translation>Rescale Slope ist 0</translation>
    </message>
    <message>
        <source>not a DICOM file (no &apos;DICM&apos; marker at byte 128)</source>
        <translation>keine DICOM-Datei (keine &apos;DICM&apos;-Kennung bei Byte 128)</translation>
    </message>
    <message>
        <source>unsupported transfer syntax %1</source>
        <translation>nicht unterstützte Transfer Syntax %1</translation>
    </message>
    <message>
        <source>truncated: the file ends inside the compressed Pixel Data</source>
        <translation>abgeschnitten: Die Datei endet innerhalb der komprimierten Pixel Data</translation>
    </message>
    <message>
        <source>truncated: the file ends inside Pixel Data, which declares %1 bytes</source>
        <translation>abgeschnitten: Die Datei endet innerhalb von Pixel Data, das %1 Bytes angibt</translation>
    </message>
    <message>
        <source>at element %1</source>
        <translation>bei Element %1</translation>
    </message>
    <message>
        <source>before the data set</source>
        <translation>vor dem Datensatz</translation>
    </message>
    <message>
        <source>truncated or corrupt %1 (%2)</source>
        <translation>abgeschnittenes oder beschädigtes %1 (%2)</translation>
    </message>
    <message>
        <source>cannot be parsed as DICOM: %1</source>
        <translation>kann nicht als DICOM gelesen werden: %1</translation>
    </message>
    <message>
        <source>file does not exist</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>too large to decompress: %1 frames of %2 x %3 need %4 bytes</source>
        <translation>zu groß zum Dekomprimieren: %1 Frames mit %2 x %3 benötigen %4 Bytes</translation>
    </message>
    <message>
        <source>no decoder for it</source>
        <translation>kein Decoder dafür vorhanden</translation>
    </message>
    <message>
        <source>cannot decode transfer syntax %1 (%2): %3</source>
        <translation>Transfer Syntax %1 (%2) kann nicht dekodiert werden: %3</translation>
    </message>
    <message>
        <source>no Pixel Data element (7FE0,0010)</source>
        <translation>kein Pixel-Data-Element (7FE0,0010)</translation>
    </message>
    <message>
        <source>JPEG 2000 Part 2 multi-component images are not supported</source>
        <translation>Mehrkomponentenbilder nach JPEG 2000 Part 2 werden nicht unterstützt</translation>
    </message>
    <message>
        <source>cannot make a temporary copy: %1</source>
        <translation>temporäre Kopie kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>segmented palette colour lookup tables are not supported yet</source>
        <translation>segmentierte Paletten-Farbtabellen werden noch nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 is invalid</source>
        <translation>%1 ist ungültig</translation>
    </message>
    <message>
        <source>floating-point pixel data is not supported</source>
        <translation>Gleitkomma-Pixeldaten werden nicht unterstützt</translation>
    </message>
    <message>
        <source>Pixel Data has VR %1, expected OB or OW</source>
        <translation>Pixel Data hat VR %1, erwartet OB oder OW</translation>
    </message>
    <message>
        <source>%1 is only valid with JPEG 2000 compression</source>
        <translation>%1 ist nur mit JPEG-2000-Kompression gültig</translation>
    </message>
    <message>
        <source>%1 with %2 bits allocated is not supported</source>
        <translation>%1 mit %2 zugewiesenen Bits wird nicht unterstützt</translation>
    </message>
    <message>
        <source>truncated: pixel data is %1 bytes, expected %2 (%3 frames of %4 x %5)</source>
        <translation>abgeschnitten: Pixeldaten umfassen %1 Bytes, erwartet %2 (%3 Frames mit %4 x %5)</translation>
    </message>
    <message>
        <source>Pixel Data of frame %1 cannot be read: %2</source>
        <translation>Pixel Data von Frame %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write an empty image as DICOM</source>
        <translation>ein leeres Bild kann nicht als DICOM geschrieben werden</translation>
    </message>
    <message>
        <source>only 8/16-bit greyscale or 8-bit RGB frames can be written</source>
        <translation>nur 8/16-Bit-Graustufen- oder 8-Bit-RGB-Frames können geschrieben werden</translation>
    </message>
    <message>
        <source>all frames must have the same size and type</source>
        <translation>alle Frames müssen dieselbe Größe und denselben Typ haben</translation>
    </message>
    <message>
        <source>JPEG 2000 encoding failed</source>
        <translation>JPEG-2000-Kodierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot compress to %1: %2</source>
        <translation>Komprimierung nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot write DICOM file: %1</source>
        <translation>DICOM-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>JPEG 2000 frame %1 cannot be decoded: %2</source>
        <translation>JPEG-2000-Frame %1 kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>bad header</source>
        <translation>ungültiger Header</translation>
    </message>
    <message>
        <source>%1 components, expected %2</source>
        <translation>%1 Komponenten, erwartet %2</translation>
    </message>
    <message>
        <source>component %1 is %2 x %3 with %4 bits, expected %5 x %6</source>
        <translation>Komponente %1 ist %2 x %3 mit %4 Bits, erwartet %5 x %6</translation>
    </message>
    <message>
        <source>corrupt codestream</source>
        <translation>beschädigter Codestream</translation>
    </message>
    <message>
        <source>component %1 was not decoded</source>
        <translation>Komponente %1 wurde nicht dekodiert</translation>
    </message>
    <message>
        <source>JPEG 2000 with %1 is not supported</source>
        <translation>JPEG 2000 mit %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>JPEG 2000 frame of %1 x %2 is too large to decode</source>
        <translation>JPEG-2000-Frame mit %1 x %2 ist zu groß zum Dekodieren</translation>
    </message>
    <message>
        <source>JPEG 2000 Pixel Data is not encapsulated in fragments</source>
        <translation>JPEG-2000-Pixel-Data ist nicht in Fragmenten gekapselt</translation>
    </message>
    <message>
        <source>cannot find the fragments of JPEG 2000 frame %1</source>
        <translation>die Fragmente von JPEG-2000-Frame %1 wurden nicht gefunden</translation>
    </message>
    <message>
        <source>JPEG 2000 fragment %1 cannot be read</source>
        <translation>JPEG-2000-Fragment %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>cannot decode image: %1</source>
        <translation>Bild kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>not a readable image, or truncated</source>
        <translation>kein lesbares Bild oder abgeschnitten</translation>
    </message>
    <message>
        <source>unsupported number of channels: %1</source>
        <translation>nicht unterstützte Anzahl an Kanälen: %1</translation>
    </message>
    <message>
        <source>a box has a negative size</source>
        <translation>eine Box hat eine negative Größe</translation>
    </message>
    <message>
        <source>invalid event, skipped: %1</source>
        <translation>ungültiges Ereignis, übersprungen: %1</translation>
    </message>
    <message>
        <source>the last line was cut short (%1 bytes), probably by a crash while it was being written; it was never reported as saved and is skipped</source>
        <translation>die letzte Zeile ist unvollständig (%1 Bytes), vermutlich durch einen Absturz während des Schreibens; sie wurde nie als gespeichert gemeldet und wird übersprungen</translation>
    </message>
    <message>
        <source>not a valid JSON line, skipped</source>
        <translation>keine gültige JSON-Zeile, übersprungen</translation>
    </message>
    <message>
        <source>hash chain broken: this line does not follow the line before it (a line was changed, removed or inserted)</source>
        <translation>Hash-Kette unterbrochen: Diese Zeile folgt nicht auf die vorige (eine Zeile wurde geändert, entfernt oder eingefügt)</translation>
    </message>
    <message>
        <source>sequence jumps from %1 to %2</source>
        <translation>Sequenz springt von %1 auf %2</translation>
    </message>
    <message>
        <source>event belongs to annotator &quot;%1&quot;, session &quot;%2&quot;, not to this file; skipped</source>
        <translation>Ereignis gehört zu Annotator „%1“, Sitzung „%2“, nicht zu dieser Datei; übersprungen</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>differs from %1 in a way that is not an extension; kept this project&apos;s version</source>
        <translation>weicht von %1 auf eine Weise ab, die keine Erweiterung ist; die Version dieses Projekts wurde behalten</translation>
    </message>
    <message>
        <source>cannot merge a project with itself</source>
        <translation>ein Projekt kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>not a Concord project: it has no project.json</source>
        <translation>kein Concord-Projekt: Es gibt keine project.json</translation>
    </message>
    <message>
        <source>belongs to a different project (&quot;%1&quot;, id %2); this project is &quot;%3&quot;, id %4. Nothing was merged.</source>
        <translation>gehört zu einem anderen Projekt („%1“, ID %2); dieses Projekt ist „%3“, ID %4. Es wurde nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>prevalence paradox: %1 is %2 although observed agreement is %3; one category dominates, so chance agreement is high. Report Gwet&apos;s AC1 (or category prevalence) alongside.</source>
        <translation>Prävalenzparadoxon: %1 ist %2, obwohl die beobachtete Übereinstimmung %3 beträgt; eine Kategorie dominiert, daher ist die Zufallsübereinstimmung hoch. Berichten Sie zusätzlich Gwets AC1 (oder die Kategorieprävalenz).</translation>
    </message>
    <message>
        <source>no label of the taxonomy has an attribute &quot;%1&quot;</source>
        <translation>kein Label der Taxonomie hat ein Attribut „%1“</translation>
    </message>
    <message>
        <source> (shape)</source>
        <translation> (Form)</translation>
    </message>
    <message>
        <source>bootstrap: the value was undefined in %1 of %2 resamples, which were dropped</source>
        <translation>Bootstrap: Der Wert war in %1 von %2 Resamples undefiniert; diese wurden verworfen</translation>
    </message>
    <message>
        <source>Dawid-Skene needs at least one rating</source>
        <translation>Dawid-Skene benötigt mindestens eine Bewertung</translation>
    </message>
    <message>
        <source>Dawid-Skene did not converge in %1 iterations</source>
        <translation>Dawid-Skene ist in %1 Iterationen nicht konvergiert</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) with several labels in a single-label project were left out</source>
        <translation>
            <numerusform>%n Bewertung mit mehreren Labels in einem Single-Label-Projekt wurde ausgelassen</numerusform>
            <numerusform>%n Bewertungen mit mehreren Labels in einem Single-Label-Projekt wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) not in the taxonomy were ignored</source>
        <translation>
            <numerusform>%n Label, das nicht in der Taxonomie ist, wurde ignoriert</numerusform>
            <numerusform>%n Labels, die nicht in der Taxonomie sind, wurden ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Alle Labels</translation>
    </message>
    <message>
        <source>the line is %1 bytes long; a rating line may have at most %2</source>
        <translation>die Zeile ist %1 Bytes lang; eine Bewertungszeile darf höchstens %2 haben</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes, the most a rating line may have</source>
        <translation>die Zeile ist länger als %1 Bytes, das Maximum für eine Bewertungszeile</translation>
    </message>
    <message>
        <source>laterality</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>bilateral</source>
        <translation>beidseits</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>Any abnormality; as an image label, on which side.</source>
        <translation>Jede Auffälligkeit; als Bild-Label: auf welcher Seite.</translation>
    </message>
    <message>
        <source>Round opacity up to 3 cm, well or poorly defined.</source>
        <translation>Rundliche Verschattung bis 3 cm, scharf oder unscharf begrenzt.</translation>
    </message>
    <message>
        <source>Airspace opacity that may show air bronchograms.</source>
        <translation>Verschattung des Luftraums, ggf. mit Aerobronchogramm.</translation>
    </message>
    <message>
        <source>Fluid in the pleural space: blunted angle, meniscus.</source>
        <translation>Flüssigkeit im Pleuraraum: verstrichener Winkel, Meniskus.</translation>
    </message>
    <message>
        <source>Visible pleural line with no lung markings beyond it.</source>
        <translation>Sichtbare Pleuralinie ohne Lungengefäßzeichnung jenseits davon.</translation>
    </message>
    <message>
        <source>this demo was made by another Concord version and could not be moved aside to %1, so it was left as it is</source>
        <translation>diese Demo wurde von einer anderen Concord-Version erstellt und konnte nicht nach %1 verschoben werden, daher wurde sie unverändert gelassen</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1 hat kein „%2“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an integer</source>
        <translation>%1: „%2“ muss eine Ganzzahl sein</translation>
    </message>
    <message>
        <source>%1: coordinates must be finite numbers</source>
        <translation>%1: Koordinaten müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>%1: RLE &quot;size&quot; must be [height, width]</source>
        <translation>%1: RLE-„size“ muss [height, width] sein</translation>
    </message>
    <message>
        <source>%1: RLE size %2 x %3 is not the image&apos;s %4 x %5 (height x width)</source>
        <translation>%1: RLE-Größe %2 x %3 entspricht nicht der Bildgröße %4 x %5 (Höhe x Breite)</translation>
    </message>
    <message>
        <source>%1: bad compressed RLE: %2</source>
        <translation>%1: Ungültiges komprimiertes RLE: %2</translation>
    </message>
    <message>
        <source>%1: RLE counts must be non-negative 32-bit integers</source>
        <translation>%1: RLE-Counts müssen nicht-negative 32-Bit-Ganzzahlen sein</translation>
    </message>
    <message>
        <source>%1: RLE &quot;counts&quot; must be a string or a list of integers</source>
        <translation>%1: RLE-„counts“ muss ein String oder eine Liste von Ganzzahlen sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a polygon needs at least 3 vertices as x, y pairs</source>
        <translation>%1: Ein Polygon benötigt mindestens 3 Eckpunkte als x,y-Paare</translation>
    </message>
    <message>
        <source>%1: a polygon has %2 vertices; at most %3 are accepted</source>
        <translation>%1: Ein Polygon hat %2 Eckpunkte; höchstens %3 werden akzeptiert</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>Annotation %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>annotation id %1</source>
        <translation>Annotations-ID %1</translation>
    </message>
    <message>
        <source>%1 refers to image %2, which the file does not list</source>
        <translation>%1 verweist auf Bild %2, das in der Datei nicht aufgeführt ist</translation>
    </message>
    <message>
        <source>%1 refers to category %2, which the file does not list</source>
        <translation>%1 verweist auf Kategorie %2, die in der Datei nicht aufgeführt ist</translation>
    </message>
    <message>
        <source>%1: &quot;bbox&quot; must be [x, y, width, height]</source>
        <translation>%1: „bbox“ muss [x, y, width, height] sein</translation>
    </message>
    <message>
        <source>%1: a box has a negative size</source>
        <translation>%1: Eine Box hat eine negative Größe</translation>
    </message>
    <message>
        <source>%1: &quot;segmentation&quot; must be polygons or RLE</source>
        <translation>%1: „segmentation“ muss aus Polygonen oder RLE bestehen</translation>
    </message>
    <message>
        <source>a COCO file must hold a JSON object</source>
        <translation>eine COCO-Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>&quot;images&quot; must be a list</source>
        <translation>„images“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>image %1: &quot;file_name&quot; must be a string</source>
        <translation>Bild %1: „file_name“ muss ein String sein</translation>
    </message>
    <message>
        <source>image %1 &quot;%2&quot; matches no item of the project</source>
        <translation>Bild %1 „%2“ passt zu keinem Fall des Projekts</translation>
    </message>
    <message>
        <source>image %1: size %2 x %3 is out of range (at most %4 pixels a side, %5 in all)</source>
        <translation>Bild %1: Größe %2 x %3 liegt außerhalb des zulässigen Bereichs (höchstens %4 Pixel pro Seite, %5 insgesamt)</translation>
    </message>
    <message>
        <source>&quot;categories&quot; must be a list</source>
        <translation>„categories“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>a category</source>
        <translation>eine Kategorie</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>category %1 &quot;%2&quot; is not a label of the project</source>
        <translation>Kategorie %1 „%2“ ist kein Label des Projekts</translation>
    </message>
    <message>
        <source>&quot;annotations&quot; must be a list</source>
        <translation>„annotations“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>unexpected structure (%1)</source>
        <translation>unerwartete Struktur (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid annotator id: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>„%1“ ist keine gültige Annotator-ID: Verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>annotation %1: %2</source>
        <translation>Annotation %1: %2</translation>
    </message>
    <message>
        <source>image has no size</source>
        <translation>das Bild hat keine Größe</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; declares an image of %2 x %3 pixels, more than a label map may have</source>
        <translation>Fall „%1“ gibt ein Bild mit %2 x %3 Pixeln an, mehr als eine Label-Map haben darf</translation>
    </message>
    <message>
        <source>STAPLE needs at least one reader&apos;s mask.</source>
        <translation>STAPLE benötigt mindestens eine Maske eines Befunders.</translation>
    </message>
    <message>
        <source>STAPLE here supports at most 64 readers.</source>
        <translation>STAPLE unterstützt hier höchstens 64 Befunder.</translation>
    </message>
    <message>
        <source>All masks are empty; there is nothing to estimate.</source>
        <translation>Alle Masken sind leer; es gibt nichts zu schätzen.</translation>
    </message>
    <message>
        <source>STAPLE did not converge in %1 iterations (last change %2).</source>
        <translation>STAPLE ist in %1 Iterationen nicht konvergiert (letzte Änderung %2).</translation>
    </message>
    <message>
        <source>The mask size %1 x %2 is negative.</source>
        <translation>Die Maskengröße %1 x %2 ist negativ.</translation>
    </message>
    <message>
        <source>The run lengths sum to %1, but a %2 x %3 mask has %4 pixels.</source>
        <translation>Die Lauflängen ergeben in Summe %1, aber eine %2-x-%3-Maske hat %4 Pixel.</translation>
    </message>
    <message>
        <source>The mask covers %1 x %2 pixels, more than Concord decodes.</source>
        <translation>Die Maske umfasst %1 x %2 Pixel, mehr als Concord dekodiert.</translation>
    </message>
    <message>
        <source>The RLE string ends in the middle of a count.</source>
        <translation>Der RLE-String endet mitten in einem Zählwert.</translation>
    </message>
    <message>
        <source>The RLE string has an invalid character (code %1).</source>
        <translation>Der RLE-String enthält ein ungültiges Zeichen (Code %1).</translation>
    </message>
    <message>
        <source>A count in the RLE string is too large.</source>
        <translation>Ein Zählwert im RLE-String ist zu groß.</translation>
    </message>
    <message>
        <source>The RLE string decodes to an impossible run length %1.</source>
        <translation>Der RLE-String ergibt eine unmögliche Lauflänge %1.</translation>
    </message>
    <message>
        <source>The pixel spacing is not positive; distances are undefined.</source>
        <translation>Der Pixelabstand ist nicht positiv; Abstände sind undefiniert.</translation>
    </message>
    <message>
        <source>A mask is empty; boundary distances are undefined.</source>
        <translation>Eine Maske ist leer; Randabstände sind undefiniert.</translation>
    </message>
    <message>
        <source>%1 has VR %2, expected %3</source>
        <translation>%1 hat VR %2, erwartet %3</translation>
    </message>
    <message>
        <source>%1 does not hold a valid integer</source>
        <translation>%1 enthält keine gültige Ganzzahl</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 value &apos;%2&apos; is not a number</source>
        <translation>%1-Wert &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the compressed Pixel Data holds no image fragment</source>
        <translation>die komprimierten Pixel Data enthalten kein Bildfragment</translation>
    </message>
    <message>
        <source>truncated: Pixel Data holds %1 bytes, but %2 frames of %3 x %4 at %5 bits need %6</source>
        <translation>abgeschnitten: Pixel Data enthält %1 Bytes, aber %2 Frames mit %3 x %4 bei %5 Bit benötigen %6</translation>
    </message>
    <message>
        <source>(%1 bytes of binary data)</source>
        <translation>(%1 Bytes Binärdaten)</translation>
    </message>
    <message>
        <source>(sequence of %1 items)</source>
        <translation>(Sequenz mit %1 Elementen)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>not a readable DICOM file: %1</source>
        <translation>keine lesbare DICOM-Datei: %1</translation>
    </message>
    <message>
        <source>%1%2 (stored %3)</source>
        <translation>%1%2 (gespeichert %3)</translation>
    </message>
    <message>
        <source>Header window %1</source>
        <translation>Header-Fenster %1</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Voller Bereich</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Adjudicator</source>
        <translation>Adjudikator</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation>ordinal</translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>(only leaf labels may be used)</source>
        <translation>(nur Blatt-Labels dürfen verwendet werden)</translation>
    </message>
    <message>
        <source>key %1, </source>
        <translation>Taste %1, </translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Counter-example</source>
        <translation>Gegenbeispiel</translation>
    </message>
    <message>
        <source>Edge case</source>
        <translation>Grenzfall</translation>
    </message>
    <message>
        <source>Readers confuse *%1* with *%2*: %3</source>
        <translation>Befunder verwechseln *%1* mit *%2*: %3</translation>
    </message>
    <message>
        <source>What tells them apart: (write the rule here)</source>
        <translation>Was sie unterscheidet: (Regel hier eintragen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no attribute &quot;%2&quot;</source>
        <translation>„%1“ hat kein Attribut „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2 of &quot;%3&quot; (%4)</source>
        <translation>„%1“ ist kein Wert von %2 von „%3“ (%4)</translation>
    </message>
    <message>
        <source>Initial version</source>
        <translation>Erste Version</translation>
    </message>
    <message>
        <source>readers per item must be between 2 and %1: agreement needs two readers</source>
        <translation>die Zahl der Befunder pro Fall muss zwischen 2 und %1 liegen: Übereinstimmung erfordert zwei Befunder</translation>
    </message>
    <message>
        <source>thresholds must lie between 0 and 1 (high %1, low %2)</source>
        <translation>Schwellenwerte müssen zwischen 0 und 1 liegen (hoch %1, niedrig %2)</translation>
    </message>
    <message>
        <source>the low threshold (%1) is above the high threshold (%2)</source>
        <translation>der untere Schwellenwert (%1) liegt über dem oberen Schwellenwert (%2)</translation>
    </message>
    <message>
        <source>an adjudication panel has between 1 and %1 adjudicators</source>
        <translation>ein Adjudikationsgremium hat zwischen 1 und %1 Adjudikatoren</translation>
    </message>
    <message>
        <source>an item sent back needs between 2 and %1 new readers</source>
        <translation>ein zurückgesendeter Fall benötigt zwischen 2 und %1 neue Befunder</translation>
    </message>
    <message>
        <source>the box IoU threshold must be above 0 and at most 1</source>
        <translation>der Box-IoU-Schwellenwert muss über 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>the gold rate must be between 0 and %1</source>
        <translation>die Gold-Rate muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>the QC rate must be between 0 and 1</source>
        <translation>die QC-Rate muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>the reader score threshold must be between 0 and 1</source>
        <translation>der Schwellenwert für den Befunder-Score muss zwischen 0 und 1 liegen</translation>
    </message>
    <message numerus="yes">
        <source>%n reader(s) per item, but the project has only %1 people</source>
        <translation>
            <numerusform>%n Befunder pro Fall, aber das Projekt hat nur %1 Personen</numerusform>
            <numerusform>%n Befunder pro Fall, aber das Projekt hat nur %1 Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>re-reading needs %1 readers besides the first %2, but the project has only %3 people</source>
        <translation>die Neubefundung benötigt %1 Befunder neben den ersten %2, aber das Projekt hat nur %3 Personen</translation>
    </message>
    <message>
        <source>a panel of %1 adjudicators, but the project has %2 adjudicators and leads</source>
        <translation>ein Gremium aus %1 Adjudikatoren, aber das Projekt hat nur %2 Adjudikatoren und Leitungen</translation>
    </message>
    <message>
        <source>the policy sends items to review, but nobody in the project is a reviewer, adjudicator or lead</source>
        <translation>die Richtlinie sendet Fälle zur Prüfung, aber niemand im Projekt ist Prüfer, Adjudikator oder Leitung</translation>
    </message>
    <message>
        <source>unknown policy field &quot;%1&quot;; the fields are: %2</source>
        <translation>unbekanntes Richtlinienfeld „%1“; die Felder sind: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3</source>
        <translation>%1: „%2“ ist nicht %3</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>one of accept, review, adjudicate, re-read</source>
        <translation>einer der Werte accept, review, adjudicate, re-read</translation>
    </message>
    <message>
        <source>one of dice, iou</source>
        <translation>einer der Werte dice, iou</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;) is indented deeper than a child of the line above.</source>
        <translation>Zeile %1 („%2“) ist tiefer eingerückt als ein Kind der Zeile darüber.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears %2 times under the same parent.</source>
        <translation>„%1“ kommt %2-mal unter demselben Elternknoten vor.</translation>
    </message>
    <message>
        <source>Hotkey %1 is given to %2.</source>
        <translation>Tastenkürzel %1 ist vergeben an %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Hotkey %1 of &quot;%2&quot; collides with the command &quot;%3&quot; (%4): neither works while both claim it.</source>
        <translation>Tastenkürzel %1 von „%2“ kollidiert mit dem Befehl „%3“ (%4): Keines funktioniert, solange beide es beanspruchen.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; has no labels under it.</source>
        <translation>Die Kategorie „%1“ hat keine Labels darunter.</translation>
    </message>
    <message>
        <source>No annotation uses &quot;%1&quot;.</source>
        <translation>Keine Annotation verwendet „%1“.</translation>
    </message>
    <message>
        <source>%1 has no definition: readers cannot tell it from its siblings by what the taxonomy says.</source>
        <translation>%1 hat keine Definition: Befunder können es anhand der Taxonomie nicht von seinen Geschwistern unterscheiden.</translation>
    </message>
    <message>
        <source>%1 have no definition: readers cannot tell these siblings apart by what the taxonomy says.</source>
        <translation>%1 haben keine Definition: Befunder können diese Geschwister anhand der Taxonomie nicht unterscheiden.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 have the same definition: nothing tells them apart.</source>
        <translation>%1 haben dieselbe Definition: Nichts unterscheidet sie.</translation>
    </message>
    <message>
        <source>With leaf labels only, a &quot;%1&quot; that is none of its %2 labels cannot be labeled: add an &quot;Other&quot; label under it.</source>
        <translation>Mit ausschließlich Blatt-Labels kann ein „%1“, das keines seiner %2 Labels ist, nicht gelabelt werden: Fügen Sie darunter ein Label „Sonstiges“ hinzu.</translation>
    </message>
    <message>
        <source>No guideline version describes &quot;%1&quot;.</source>
        <translation>Keine Leitfadenversion beschreibt „%1“.</translation>
    </message>
    <message>
        <source>The hotkey &quot;%1&quot; of &quot;%2&quot; is not a single key on common keyboards: use a letter, a digit or F1-F12.</source>
        <translation>Das Tastenkürzel „%1“ von „%2“ ist auf gängigen Tastaturen keine einzelne Taste: Verwenden Sie einen Buchstaben, eine Ziffer oder F1–F12.</translation>
    </message>
    <message>
        <source>event &quot;%1&quot; names no item</source>
        <translation>Ereignis „%1“ nennt keinen Fall</translation>
    </message>
    <message>
        <source>unknown quality decision &quot;%1&quot;</source>
        <translation>unbekannte Qualitätsentscheidung „%1“</translation>
    </message>
    <message>
        <source>the findings of a quality decision are not a list</source>
        <translation>die Befunde einer Qualitätsentscheidung sind keine Liste</translation>
    </message>
    <message>
        <source>a review finding needs a reader and a category</source>
        <translation>ein Prüfbefund benötigt einen Befunder und eine Kategorie</translation>
    </message>
    <message>
        <source>box %1 is added twice</source>
        <translation>Box %1 wird zweimal hinzugefügt</translation>
    </message>
    <message>
        <source>box %1 is changed but does not exist</source>
        <translation>Box %1 wird geändert, existiert aber nicht</translation>
    </message>
    <message>
        <source>box %1 is removed but does not exist</source>
        <translation>Box %1 wird entfernt, existiert aber nicht</translation>
    </message>
    <message>
        <source>unknown operation &quot;%1&quot; ignored</source>
        <translation>unbekannte Operation „%1“ ignoriert</translation>
    </message>
    <message>
        <source>polygon %1 is removed but does not exist</source>
        <translation>Polygon %1 wird entfernt, existiert aber nicht</translation>
    </message>
    <message>
        <source>polygon %1 is added twice</source>
        <translation>Polygon %1 wird zweimal hinzugefügt</translation>
    </message>
    <message>
        <source>polygon %1 is changed but does not exist</source>
        <translation>Polygon %1 wird geändert, existiert aber nicht</translation>
    </message>
    <message>
        <source>mask %1 is removed but does not exist</source>
        <translation>Maske %1 wird entfernt, existiert aber nicht</translation>
    </message>
    <message>
        <source>mask %1 is relabeled but does not exist</source>
        <translation>Maske %1 erhält ein neues Label, existiert aber nicht</translation>
    </message>
    <message>
        <source>mask %1 is added twice</source>
        <translation>Maske %1 wird zweimal hinzugefügt</translation>
    </message>
    <message>
        <source>mask %1 is painted but does not exist</source>
        <translation>Maske %1 wird bemalt, existiert aber nicht</translation>
    </message>
    <message>
        <source>mask %1: %2</source>
        <translation>Maske %1: %2</translation>
    </message>
    <message>
        <source>field &quot;attributes&quot; must be an object of names and values</source>
        <translation>das Feld „attributes“ muss ein Objekt aus Namen und Werten sein</translation>
    </message>
    <message>
        <source>field &quot;attributes&quot; must map names to non-empty text values</source>
        <translation>das Feld „attributes“ muss Namen auf nicht-leere Textwerte abbilden</translation>
    </message>
    <message>
        <source>field &quot;attributes&quot; must be an object keyed by label id</source>
        <translation>das Feld „attributes“ muss ein Objekt mit Label-IDs als Schlüsseln sein</translation>
    </message>
    <message>
        <source>field &quot;attributes&quot; must be keyed by label id, not &quot;%1&quot;</source>
        <translation>das Feld „attributes“ muss Label-IDs als Schlüssel haben, nicht „%1“</translation>
    </message>
    <message>
        <source>field &quot;name&quot; must name an attribute</source>
        <translation>das Feld „name“ muss ein Attribut benennen</translation>
    </message>
    <message>
        <source>field &quot;value&quot; must be a non-empty text or null</source>
        <translation>das Feld „value“ muss ein nicht-leerer Text oder null sein</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; is set on image label %2, which the item does not have</source>
        <translation>Attribut „%1“ ist für das Bild-Label %2 gesetzt, das der Fall nicht hat</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; is set on annotation %2, which does not exist</source>
        <translation>Attribut „%1“ ist für die Annotation %2 gesetzt, die nicht existiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a category; only the labels under it may be used</source>
        <translation>„%1“ ist eine Kategorie; nur die Labels darunter dürfen verwendet werden</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>event after the session&apos;s session.end</source>
        <translation>Ereignis nach dem session.end der Sitzung</translation>
    </message>
    <message>
        <source>record a reference label</source>
        <translation>ein Referenzlabel erfassen</translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot;</source>
        <translation>unbekannter Fall „%1“</translation>
    </message>
    <message>
        <source>label %1 is not in the taxonomy</source>
        <translation>Label %1 ist nicht in der Taxonomie</translation>
    </message>
    <message>
        <source>a polygon needs at least 3 vertices given as x, y pairs</source>
        <translation>ein Polygon benötigt mindestens 3 Eckpunkte als x,y-Paare</translation>
    </message>
    <message>
        <source>a polygon vertex is not a finite number</source>
        <translation>ein Polygon-Eckpunkt ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>a mask region has a negative or impossible size</source>
        <translation>ein Maskenbereich hat eine negative oder unmögliche Größe</translation>
    </message>
    <message>
        <source>mask pixels</source>
        <translation>Maskenpixel</translation>
    </message>
    <message>
        <source>a mask event carries neither &quot;rle&quot; nor &quot;blob&quot;</source>
        <translation>ein Maskenereignis enthält weder „rle“ noch „blob“</translation>
    </message>
    <message>
        <source>mask pixels are in a blob, but no blob folder is known</source>
        <translation>Maskenpixel liegen in einem Blob, aber kein Blob-Ordner ist bekannt</translation>
    </message>
    <message>
        <source>a quality decision needs a session: who decides?</source>
        <translation>eine Qualitätsentscheidung benötigt eine Sitzung: Wer entscheidet?</translation>
    </message>
    <message>
        <source>%1 is %2 and may not record &quot;%3&quot;</source>
        <translation>%1 ist %2 und darf „%3“ nicht erfassen</translation>
    </message>
    <message>
        <source>%1 read item &quot;%2&quot;; someone else must decide on it</source>
        <translation>%1 hat Fall „%2“ befundet; jemand anderes muss darüber entscheiden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error category; use one of: %2</source>
        <translation>„%1“ ist keine Fehlerkategorie; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <source>only a review records findings against readers</source>
        <translation>nur eine Prüfung erfasst Befunde gegen Befunder</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not read item &quot;%2&quot;: no finding can be held against them</source>
        <translation>„%1“ hat Fall „%2“ nicht befundet: Es kann kein Befund gegen ihn erhoben werden</translation>
    </message>
    <message>
        <source>%1&apos;s answer on item &quot;%2&quot; has no &quot;%3&quot;</source>
        <translation>Die Antwort von %1 zu Fall „%2“ hat kein „%3“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an annotator of this project</source>
        <translation>„%1“ ist kein Annotator dieses Projekts</translation>
    </message>
    <message>
        <source>only a lead may publish a quality policy; %1 is %2</source>
        <translation>nur die Leitung darf eine Qualitätsrichtlinie veröffentlichen; %1 ist %2</translation>
    </message>
    <message>
        <source>the policy is refused: %1</source>
        <translation>die Richtlinie wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 is for reviewers, adjudicators and leads: it would show a reader how others labeled items still read blind</source>
        <translation>%1 ist für Prüfer, Adjudikatoren und Leitung: Es würde einem Befunder zeigen, wie andere noch verblindet zu befundende Fälle gelabelt haben</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Taxonomy health</source>
        <translation>Taxonomie-Zustand</translation>
    </message>
    <message>
        <source>An item&apos;s route</source>
        <translation>Weg eines Falls</translation>
    </message>
    <message>
        <source>%1 read item &quot;%2&quot; and cannot adjudicate it</source>
        <translation>%1 hat Fall „%2“ befundet und kann ihn nicht adjudizieren</translation>
    </message>
    <message>
        <source>A reader&apos;s answer</source>
        <translation>Antwort eines Befunders</translation>
    </message>
    <message>
        <source>%1 is not a reader of item &quot;%2&quot;&apos;s current round</source>
        <translation>%1 ist kein Befunder der aktuellen Runde von Fall „%2“</translation>
    </message>
    <message>
        <source>The QC report</source>
        <translation>Der QC-Bericht</translation>
    </message>
    <message>
        <source>Reader scores on gold</source>
        <translation>Befunder-Scores auf Gold</translation>
    </message>
    <message>
        <source>The quality report</source>
        <translation>Der Qualitätsbericht</translation>
    </message>
    <message>
        <source>Needs reading</source>
        <translation>Befundung ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Adjudikation</translation>
    </message>
    <message>
        <source>Re-read</source>
        <translation>Neubefundung</translation>
    </message>
    <message>
        <source>QC</source>
        <translation>QC</translation>
    </message>
    <message>
        <source>gold item: its reference was set by %1</source>
        <translation>Gold-Fall: Die Referenz wurde von %1 gesetzt</translation>
    </message>
    <message>
        <source>%1 of %2 readers have read it</source>
        <translation>%1 von %2 Befundern haben ihn befundet</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>agreement %1 is in the low tier: read again</source>
        <translation>Übereinstimmung %1 liegt in der unteren Stufe: wird neu befundet</translation>
    </message>
    <message>
        <source>agreement %1: waits for a reviewer</source>
        <translation>Übereinstimmung %1: wartet auf einen Prüfer</translation>
    </message>
    <message>
        <source>rejected in review by %1</source>
        <translation>in der Prüfung von %1 abgelehnt</translation>
    </message>
    <message>
        <source>accepted in review by %1</source>
        <translation>in der Prüfung von %1 akzeptiert</translation>
    </message>
    <message>
        <source>agreement %1: %2 of %3 adjudicators have decided</source>
        <translation>Übereinstimmung %1: %2 von %3 Adjudikatoren haben entschieden</translation>
    </message>
    <message>
        <source>the %1 adjudicators do not agree yet</source>
        <translation>die %1 Adjudikatoren sind sich noch nicht einig</translation>
    </message>
    <message>
        <source>adjudicated by %1</source>
        <translation>adjudiziert von %1</translation>
    </message>
    <message>
        <source>agreement %1: accepted automatically</source>
        <translation>Übereinstimmung %1: automatisch akzeptiert</translation>
    </message>
    <message>
        <source>%1; drawn for QC</source>
        <translation>%1; für QC gezogen</translation>
    </message>
    <message>
        <source>QC by %1 found an error (%2)</source>
        <translation>QC durch %1 hat einen Fehler gefunden (%2)</translation>
    </message>
    <message>
        <source>%1; QC by %2 found it correct</source>
        <translation>%1; QC durch %2 hat ihn als korrekt befunden</translation>
    </message>
    <message>
        <source>The gold annotator &quot;%1&quot; has no labels in this selection</source>
        <translation>Der Gold-Annotator „%1“ hat in dieser Auswahl keine Labels</translation>
    </message>
    <message>
        <source>No annotator has image labels in this selection</source>
        <translation>Kein Annotator hat in dieser Auswahl Bild-Labels</translation>
    </message>
    <message>
        <source>Only one annotator has image labels; agreement needs two</source>
        <translation>Nur ein Annotator hat Bild-Labels; Übereinstimmung erfordert zwei</translation>
    </message>
    <message>
        <source>The taxonomy has no labels in this selection</source>
        <translation>Die Taxonomie hat in dieser Auswahl keine Labels</translation>
    </message>
    <message>
        <source>All labels (pooled)</source>
        <translation>Alle Labels (gepoolt)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <source>Pairwise Cohen&apos;s kappa</source>
        <translation>Paarweises Cohens Kappa</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss’ Kappa</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Guideline version</source>
        <translation>Leitfadenversion</translation>
    </message>
    <message>
        <source>ISO week of the label</source>
        <translation>ISO-Woche des Labels</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Prozentuale Übereinstimmung</translation>
    </message>
    <message>
        <source>Fleiss&apos; &amp;#954;</source>
        <translation>Fleiss’ &amp;#954;</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s &amp;#945;</source>
        <translation>Krippendorffs &amp;#945;</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1</source>
        <translation>Gwets AC1</translation>
    </message>
    <message>
        <source>%1% CI %2 to %3</source>
        <translation>%1-%-KI %2 bis %3</translation>
    </message>
    <message>
        <source>not chance-corrected</source>
        <translation>nicht zufallskorrigiert</translation>
    </message>
    <message>
        <source>Notes on these figures</source>
        <translation>Hinweise zu diesen Werten</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>Koeffizienten</translation>
    </message>
    <message>
        <source>Multi-label project: each label is measured as present or absent; the first row pools every item-label decision.</source>
        <translation>Multi-Label-Projekt: Jedes Label wird als vorhanden oder nicht vorhanden gemessen; die erste Zeile fasst alle Fall-Label-Entscheidungen zusammen.</translation>
    </message>
    <message>
        <source>Single-label project: the label of each item is one nominal rating.</source>
        <translation>Single-Label-Projekt: Das Label jedes Falls ist eine nominale Bewertung.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Fleiss &amp;#954;</source>
        <translation>Fleiss &amp;#954;</translation>
    </message>
    <message>
        <source>&amp;#945;</source>
        <translation>&amp;#945;</translation>
    </message>
    <message>
        <source>&amp;#945; interval</source>
        <translation>&amp;#945;-Intervall</translation>
    </message>
    <message>
        <source>Reading (&amp;#945;)</source>
        <translation>Einstufung (&amp;#945;)</translation>
    </message>
    <message>
        <source>Pairwise Cohen&apos;s &amp;#954;</source>
        <translation>Paarweises Cohens &amp;#954;</translation>
    </message>
    <message>
        <source>Each pair of readers on the items both labeled (n). Blue is agreement beyond chance, red is systematic disagreement.</source>
        <translation>Jedes Befunderpaar auf den Fällen, die beide gelabelt haben (n). Blau ist Übereinstimmung über dem Zufall, Rot ist systematische Nichtübereinstimmung.</translation>
    </message>
    <message>
        <source>Needs two readers.</source>
        <translation>Benötigt zwei Befunder.</translation>
    </message>
    <message>
        <source>Fleiss&apos; &amp;#954; per label</source>
        <translation>Fleiss’ &amp;#954; je Label</translation>
    </message>
    <message>
        <source>Fleiss&apos; &amp;#954; per category</source>
        <translation>Fleiss’ &amp;#954; je Kategorie</translation>
    </message>
    <message>
        <source>Agreement on each category against all others (Fleiss 1971), with the Landis-Koch bands behind; categories nobody chose are left out. Low bars show which findings need a clearer guideline.</source>
        <translation>Übereinstimmung bei jeder Kategorie gegenüber allen anderen (Fleiss 1971), hinterlegt mit den Landis-Koch-Bereichen; Kategorien, die niemand gewählt hat, sind ausgelassen. Niedrige Balken zeigen, welche Befunde einen klareren Leitfaden brauchen.</translation>
    </message>
    <message>
        <source>No categories.</source>
        <translation>Keine Kategorien.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s &amp;#945; (nominal) of the labels made under each guideline version and in each ISO week.</source>
        <translation>Krippendorffs &amp;#945; (nominal) der Labels, die unter jeder Leitfadenversion und in jeder ISO-Woche vergeben wurden.</translation>
    </message>
    <message>
        <source>By guideline version</source>
        <translation>Nach Leitfadenversion</translation>
    </message>
    <message>
        <source>By ISO week</source>
        <translation>Nach ISO-Woche</translation>
    </message>
    <message>
        <source>Box agreement</source>
        <translation>Box-Übereinstimmung</translation>
    </message>
    <message>
        <source>Boxes matched one to one per item by IoU &amp;#8805; %1 (optimal assignment), pooled over the items both readers read. Reader A is the reference: recall = matched / A&apos;s boxes, precision = matched / B&apos;s boxes.</source>
        <translation>Boxen werden je Fall eins zu eins nach IoU &amp;#8805; %1 zugeordnet (optimale Zuordnung), gepoolt über die Fälle, die beide Befunder befundet haben. Befunder A ist die Referenz: Recall = zugeordnet / Boxen von A, Precision = zugeordnet / Boxen von B.</translation>
    </message>
    <message>
        <source>Reader A</source>
        <translation>Befunder A</translation>
    </message>
    <message>
        <source>Reader B</source>
        <translation>Befunder B</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Boxes A / B</source>
        <translation>Boxen A / B</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Mean IoU</source>
        <translation>Mittlere IoU</translation>
    </message>
    <message>
        <source>Same label</source>
        <translation>Gleiches Label</translation>
    </message>
    <message>
        <source>Mask agreement</source>
        <translation>Masken-Übereinstimmung</translation>
    </message>
    <message>
        <source>Each reader&apos;s masks and polygons of a label joined per image, compared on the images both readers read: Dice, IoU and the 95th-percentile Hausdorff distance of every image and label either drew, averaged here; the rows are in agreement.csv and agreement.json.</source>
        <translation>Die Masken und Polygone jedes Befunders zu einem Label werden je Bild vereinigt und auf den Bildern verglichen, die beide Befunder befundet haben: Dice, IoU und die Hausdorff-Distanz (95. Perzentil) jedes Bildes und Labels, das einer von beiden gezeichnet hat, hier gemittelt; die Zeilen stehen in agreement.csv und agreement.json.</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>Mean Dice</source>
        <translation>Mittlerer Dice</translation>
    </message>
    <message>
        <source>Mean HD95</source>
        <translation>Mittlere HD95</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Befunder</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Items labeled</source>
        <translation>Gelabelte Fälle</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Agreement with gold</source>
        <translation>Übereinstimmung mit Gold</translation>
    </message>
    <message>
        <source>Each reader against the reference reading of %1.</source>
        <translation>Jeder Befunder gegenüber der Referenzbefundung von %1.</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Befunder</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Cohen &amp;#954;</source>
        <translation>Cohen &amp;#954;</translation>
    </message>
    <message>
        <source>&amp;#954; interval</source>
        <translation>&amp;#954;-Intervall</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>%1 (rows: gold, columns: reader)</source>
        <translation>%1 (Zeilen: Gold, Spalten: Befunder)</translation>
    </message>
    <message>
        <source>Converged after %1 iterations</source>
        <translation>Konvergiert nach %1 Iterationen</translation>
    </message>
    <message>
        <source>Stopped after %1 iterations without converging</source>
        <translation>Nach %1 Iterationen ohne Konvergenz abgebrochen</translation>
    </message>
    <message>
        <source>; last change in log-likelihood %1.</source>
        <translation>; letzte Änderung der Log-Likelihood %1.</translation>
    </message>
    <message>
        <source>Reader reliability (Dawid-Skene)</source>
        <translation>Befunder-Zuverlässigkeit (Dawid-Skene)</translation>
    </message>
    <message>
        <source>Each reader&apos;s confusion matrix estimated without a gold standard (Dawid &amp;amp; Skene 1979), ranked by balanced accuracy.</source>
        <translation>Die Konfusionsmatrix jedes Befunders, geschätzt ohne Goldstandard (Dawid &amp;amp; Skene 1979), sortiert nach balancierter Genauigkeit.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Balancierte Genauigkeit</translation>
    </message>
    <message>
        <source>Expected accuracy</source>
        <translation>Erwartete Genauigkeit</translation>
    </message>
    <message>
        <source>Estimated prevalence:</source>
        <translation>Geschätzte Prävalenz:</translation>
    </message>
    <message>
        <source>Agreement report: %1</source>
        <translation>Übereinstimmungsbericht: %1</translation>
    </message>
    <message>
        <source>multi-label</source>
        <translation>Multi-Label</translation>
    </message>
    <message>
        <source>single-label</source>
        <translation>Single-Label</translation>
    </message>
    <message>
        <source>taxonomy level %1</source>
        <translation>Taxonomieebene %1</translation>
    </message>
    <message>
        <source>labels as chosen</source>
        <translation>Labels wie gewählt</translation>
    </message>
    <message>
        <source>guideline v%1</source>
        <translation>Leitfaden v%1</translation>
    </message>
    <message>
        <source>all guideline versions</source>
        <translation>alle Leitfadenversionen</translation>
    </message>
    <message>
        <source>gold: %1</source>
        <translation>Gold: %1</translation>
    </message>
    <message>
        <source>done items only</source>
        <translation>nur fertige Fälle</translation>
    </message>
    <message>
        <source>Concord &amp;#183; Inter-reader agreement report</source>
        <translation>Concord &amp;#183; Bericht zur Inter-Befunder-Übereinstimmung</translation>
    </message>
    <message>
        <source>Generated %1 UTC · %2 of %3 items labeled · %4 readers</source>
        <translation>Erstellt %1 UTC · %2 von %3 Fällen gelabelt · %4 Befunder</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Bitte beachten</translation>
    </message>
    <message>
        <source>Percent agreement, Fleiss&apos; &amp;#954; and Gwet&apos;s AC1 follow Gwet (2014) with missing ratings; their intervals are analytic at 95&amp;#8239;%. Krippendorff&apos;s &amp;#945; follows Krippendorff (2011) with a percentile bootstrap interval over items. Landis &amp;amp; Koch (1977) readings are a convention, not a verdict. Undefined values are shown as &amp;#8212; and explained above.</source>
        <translation>Prozentuale Übereinstimmung, Fleiss’ &amp;#954; und Gwets AC1 folgen Gwet (2014) mit fehlenden Bewertungen; ihre Intervalle sind analytisch zu 95&amp;#8239;%. Krippendorffs &amp;#945; folgt Krippendorff (2011) mit einem Perzentil-Bootstrap-Intervall über die Fälle. Die Einstufungen nach Landis &amp;amp; Koch (1977) sind eine Konvention, kein Urteil. Undefinierte Werte werden als &amp;#8212; dargestellt und oben erläutert.</translation>
    </message>
    <message>
        <source>Pixel Spacing (in the patient plane)</source>
        <translation>Pixel Spacing (in der Patientenebene)</translation>
    </message>
    <message>
        <source>Imager Pixel Spacing (at the detector, so larger than in the patient by the geometric magnification)</source>
        <translation>Imager Pixel Spacing (am Detektor, daher um die geometrische Vergrößerung größer als am Patienten)</translation>
    </message>
    <message>
        <source>Nominal Scanned Pixel Spacing (of the scanned film)</source>
        <translation>Nominal Scanned Pixel Spacing (des gescannten Films)</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Distances in mm use each image&apos;s %1.</source>
        <translation>Abstände in mm verwenden das %1 des jeweiligen Bildes.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Images that record no pixel spacing are measured in pixels (px).</source>
        <translation>Bilder ohne Angabe des Pixelabstands werden in Pixeln (px) gemessen.</translation>
    </message>
    <message>
        <source>items per week, by the tier of their round</source>
        <translation>Fälle pro Woche, nach Stufe ihrer Runde</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Items read</source>
        <translation>Befundete Fälle</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Aktive Tage</translation>
    </message>
    <message>
        <source>Per active day</source>
        <translation>Pro aktivem Tag</translation>
    </message>
    <message>
        <source>Gold items</source>
        <translation>Gold-Fälle</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Gold-Genauigkeit</translation>
    </message>
    <message>
        <source>Gold kappa</source>
        <translation>Gold-Kappa</translation>
    </message>
    <message>
        <source>Gold box F1</source>
        <translation>Gold-Box-F1</translation>
    </message>
    <message>
        <source>Gold mask overlap</source>
        <translation>Gold-Maskenüberlappung</translation>
    </message>
    <message>
        <source>QC error rate</source>
        <translation>QC-Fehlerrate</translation>
    </message>
    <message>
        <source>Review findings</source>
        <translation>Prüfbefunde</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>Quality report: %1</source>
        <translation>Qualitätsbericht: %1</translation>
    </message>
    <message>
        <source>policy v%1</source>
        <translation>Richtlinie v%1</translation>
    </message>
    <message>
        <source>default policy</source>
        <translation>Standardrichtlinie</translation>
    </message>
    <message>
        <source>%1 readers per item</source>
        <translation>%1 Befunder pro Fall</translation>
    </message>
    <message>
        <source>high ≥ %1, low &lt; %2</source>
        <translation>hoch ≥ %1, niedrig &lt; %2</translation>
    </message>
    <message>
        <source>QC %1%</source>
        <translation>QC %1 %</translation>
    </message>
    <message>
        <source>gold %1%</source>
        <translation>Gold %1 %</translation>
    </message>
    <message>
        <source>Concord &amp;#183; Quality report</source>
        <translation>Concord &amp;#183; Qualitätsbericht</translation>
    </message>
    <message>
        <source>Generated %1 UTC · %2 items</source>
        <translation>Erstellt %1 UTC · %2 Fälle</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>Still being read</source>
        <translation>Wird noch befundet</translation>
    </message>
    <message>
        <source>final answers, automatically or by a person</source>
        <translation>endgültige Antworten, automatisch oder durch eine Person</translation>
    </message>
    <message>
        <source>review %1 · adjudication %2 · QC %3</source>
        <translation>Prüfung %1 · Adjudikation %2 · QC %3</translation>
    </message>
    <message>
        <source>needs reading %1 · re-read %2</source>
        <translation>Befundung ausstehend %1 · Neubefundung %2</translation>
    </message>
    <message>
        <source>%1 of %2 drawn items checked</source>
        <translation>%1 von %2 gezogenen Fällen geprüft</translation>
    </message>
    <message>
        <source>Agreement tiers</source>
        <translation>Übereinstimmungsstufen</translation>
    </message>
    <message>
        <source>Items whose current round is complete: high %1, medium %2, low %3; %4 not yet fully read or gold.</source>
        <translation>Fälle, deren aktuelle Runde abgeschlossen ist: hoch %1, mittel %2, niedrig %3; %4 noch nicht vollständig befundet oder Gold.</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>Tiers by the ISO week (UTC) the round&apos;s last read came in; accepted by the week the item was first accepted.</source>
        <translation>Stufen nach der ISO-Woche (UTC), in der die letzte Befundung der Runde einging; akzeptiert nach der Woche, in der der Fall erstmals akzeptiert wurde.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Tiers by the guideline version the round was read under; accepted: of those, the items now accepted.</source>
        <translation>Stufen nach der Leitfadenversion, unter der die Runde befundet wurde; akzeptiert: davon die jetzt akzeptierten Fälle.</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Throughput (items submitted, on how many days), scores on %1 gold items (flagged below %2), the QC error rate of their checked reads and the share of their reviewed items with a review finding, each with its Wilson 95% interval.</source>
        <translation>Durchsatz (abgegebene Fälle, an wie vielen Tagen), Scores auf %1 Gold-Fällen (markiert unter %2), die QC-Fehlerrate ihrer geprüften Befundungen und der Anteil ihrer geprüften Fälle mit Prüfbefund, jeweils mit 95-%-Wilson-Intervall.</translation>
    </message>
    <message>
        <source>%1 accepted items, %2 drawn, %3 checked. Error rate: </source>
        <translation>%1 akzeptierte Fälle, %2 gezogen, %3 geprüft. Fehlerrate: </translation>
    </message>
    <message>
        <source>Error category</source>
        <translation>Fehlerkategorie</translation>
    </message>
    <message>
        <source>Rate among checked items</source>
        <translation>Rate unter geprüften Fällen</translation>
    </message>
    <message>
        <source>Items waiting for a person</source>
        <translation>Fälle, die auf eine Person warten</translation>
    </message>
    <message>
        <source>The first %1 of %2, in project order; the JSON lists every item.</source>
        <translation>Die ersten %1 von %2 in Projektreihenfolge; das JSON listet alle Fälle.</translation>
    </message>
    <message>
        <source>%1 items in review, adjudication, re-reading or QC.</source>
        <translation>%1 Fälle in Prüfung, Adjudikation, Neubefundung oder QC.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>States, tiers, QC sampling and gold scores are defined in Concord&apos;s docs/quality.md.</source>
        <translation>Status, Stufen, QC-Stichproben und Gold-Scores sind in Concords docs/quality.md definiert.</translation>
    </message>
    <message>
        <source>No pairs of readers to compare.</source>
        <translation>Keine Befunderpaare zum Vergleichen.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>beträchtlich</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>nahezu perfekt</translation>
    </message>
    <message>
        <source>0.80 reliable</source>
        <translation>0,80 zuverlässig</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>cannot open folder: %1</source>
        <translation>Ordner kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot sync folder: %1</source>
        <translation>Ordner kann nicht synchronisiert werden: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot flush to disk: %1</source>
        <translation>kann nicht auf die Festplatte geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot replace file: %1</source>
        <translation>Datei kann nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>%1; %2 needs it for mask pixels</source>
        <translation>%1; %2 benötigt es für Maskenpixel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid blob extension</source>
        <translation>„%1“ ist keine gültige Blob-Erweiterung</translation>
    </message>
    <message>
        <source>cannot create the blobs folder</source>
        <translation>der Blob-Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a blob name</source>
        <translation>„%1“ ist kein Blob-Name</translation>
    </message>
    <message>
        <source>the blob is missing</source>
        <translation>der Blob fehlt</translation>
    </message>
    <message>
        <source>the blob&apos;s contents do not match its name (damaged file)</source>
        <translation>der Inhalt des Blobs passt nicht zu seinem Namen (beschädigte Datei)</translation>
    </message>
    <message>
        <source>blob %1 is damaged: its contents do not match its name</source>
        <translation>Blob %1 ist beschädigt: Sein Inhalt passt nicht zu seinem Namen</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2</source>
        <translation>das Feld „%1“ muss %2 sein</translation>
    </message>
    <message>
        <source>pixel_spacing must be two positive numbers of mm</source>
        <translation>pixel_spacing muss aus zwei positiven Zahlen in mm bestehen</translation>
    </message>
    <message>
        <source>field &quot;id&quot;: %1</source>
        <translation>Feld „id“: %1</translation>
    </message>
    <message>
        <source>field &quot;path&quot; must be a path of 1 to %1 printable characters</source>
        <translation>das Feld „path“ muss ein Pfad aus 1 bis %1 druckbaren Zeichen sein</translation>
    </message>
    <message>
        <source>image size %1 x %2 is out of range (at most %3 pixels a side, %4 in all)</source>
        <translation>Bildgröße %1 x %2 liegt außerhalb des zulässigen Bereichs (höchstens %3 Pixel pro Seite, %4 insgesamt)</translation>
    </message>
    <message>
        <source>%1; item loaded without pixel spacing</source>
        <translation>%1; Fall ohne Pixelabstand geladen</translation>
    </message>
    <message>
        <source>duplicate item id, line skipped (kept in the file)</source>
        <translation>doppelte Fall-ID, Zeile übersprungen (bleibt in der Datei)</translation>
    </message>
    <message>
        <source>%1 (line kept in the file)</source>
        <translation>%1 (Zeile bleibt in der Datei)</translation>
    </message>
    <message>
        <source>not a valid JSON line, skipped (kept in the file)</source>
        <translation>keine gültige JSON-Zeile, übersprungen (bleibt in der Datei)</translation>
    </message>
    <message>
        <source>not a head record (&quot;session&quot;, &quot;lines&quot;, &quot;hash&quot;); the end of the session that closed last cannot be checked</source>
        <translation>kein Kopfdatensatz („session“, „lines“, „hash“); das Ende der zuletzt geschlossenen Sitzung kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>cannot create the journal folder</source>
        <translation>der Journal-Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create journal: %1</source>
        <translation>Journal kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>journal is unusable after an earlier write error</source>
        <translation>das Journal ist nach einem früheren Schreibfehler unbrauchbar</translation>
    </message>
    <message>
        <source>cannot write journal: %1</source>
        <translation>Journal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot flush journal to disk: %1</source>
        <translation>Journal kann nicht auf die Festplatte geschrieben werden: %1</translation>
    </message>
    <message>
        <source>invalid JSON at column %1 (byte %2)</source>
        <translation>ungültiges JSON in Spalte %1 (Byte %2)</translation>
    </message>
    <message>
        <source>invalid JSON: a number is too large</source>
        <translation>ungültiges JSON: eine Zahl ist zu groß</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold only strings</source>
        <translation>„%1“ darf nur Strings enthalten</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; has the unknown scale &quot;%2&quot; (expected nominal or ordinal)</source>
        <translation>Attribut „%1“ hat die unbekannte Skala „%2“ (erwartet nominal oder ordinal)</translation>
    </message>
    <message>
        <source>label id %1 is used twice</source>
        <translation>Label-ID %1 wird zweimal verwendet</translation>
    </message>
    <message>
        <source>&quot;leaf_labels_only&quot; must be true or false</source>
        <translation>„leaf_labels_only“ muss true oder false sein</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>die oberste Ebene muss ein Objekt sein</translation>
    </message>
    <message>
        <source>schema version %1 is not supported by this version of Concord (it reads up to %2)</source>
        <translation>Schemaversion %1 wird von dieser Concord-Version nicht unterstützt (sie liest bis %2)</translation>
    </message>
    <message>
        <source>a window preset has a width of %1</source>
        <translation>eine Fensterungsvorgabe hat eine Breite von %1</translation>
    </message>
    <message>
        <source>held by %1 on %2 (pid %3) since %4</source>
        <translation>gehalten von %1 auf %2 (PID %3) seit %4</translation>
    </message>
    <message>
        <source>held by another writer</source>
        <translation>von einem anderen Schreiber gehalten</translation>
    </message>
    <message>
        <source>cannot open the project lock: %1</source>
        <translation>die Projektsperre kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot lock the project (does this file system support locks?): %1</source>
        <translation>das Projekt kann nicht gesperrt werden (unterstützt dieses Dateisystem Sperren?): %1</translation>
    </message>
    <message>
        <source>the project is %1; gave up after %2 s, try again when that writer is done</source>
        <translation>das Projekt ist %1; nach %2 s aufgegeben, versuchen Sie es erneut, wenn dieser Schreiber fertig ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid annotator id</source>
        <translation>„%1“ ist keine gültige Annotator-ID</translation>
    </message>
    <message>
        <source>%1 Nothing was merged.</source>
        <translation>%1 Es wurde nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>%1. Nothing was merged.</source>
        <translation>%1. Es wurde nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2; a copy may only bring images inside its project folder. Nothing was merged.</source>
        <translation>Fall „%1“: %2; eine Kopie darf nur Bilder innerhalb ihres Projektordners mitbringen. Es wurde nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid annotator id. Nothing was merged.</source>
        <translation>„%1“ ist keine gültige Annotator-ID. Es wurde nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>not merged: %1</source>
        <translation>nicht zusammengeführt: %1</translation>
    </message>
    <message>
        <source>an id may not be empty</source>
        <translation>eine ID darf nicht leer sein</translation>
    </message>
    <message>
        <source>an id may have at most %1 characters, this one has %2</source>
        <translation>eine ID darf höchstens %1 Zeichen haben, diese hat %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: it contains a path separator</source>
        <translation>„%1“ ist keine gültige ID: Sie enthält ein Pfadtrennzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>„%1“ ist keine gültige ID</translation>
    </message>
    <message>
        <source>an id may not contain control characters</source>
        <translation>eine ID darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>a path may not be empty</source>
        <translation>ein Pfad darf nicht leer sein</translation>
    </message>
    <message>
        <source>a path may have at most %1 characters, this one has %2</source>
        <translation>ein Pfad darf höchstens %1 Zeichen haben, dieser hat %2</translation>
    </message>
    <message>
        <source>a path may not contain control characters</source>
        <translation>ein Pfad darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid path: it contains a backslash</source>
        <translation>„%1“ ist kein gültiger Pfad: Er enthält einen Backslash</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an absolute path; only paths inside the folder are accepted</source>
        <translation>„%1“ ist ein absoluter Pfad; nur Pfade innerhalb des Ordners werden akzeptiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; climbs out of its folder with &quot;..&quot;</source>
        <translation>„%1“ verlässt mit „..“ seinen Ordner</translation>
    </message>
    <message>
        <source>leads outside %1 through a symbolic link; refused</source>
        <translation>führt über einen symbolischen Link aus %1 heraus; abgelehnt</translation>
    </message>
    <message>
        <source>is not inside %1; refused</source>
        <translation>liegt nicht innerhalb von %1; abgelehnt</translation>
    </message>
    <message>
        <source>is a symbolic link; Concord never writes through a link inside a project. Replace it with a real folder or file.</source>
        <translation>ist ein symbolischer Link; Concord schreibt innerhalb eines Projekts nie über einen Link. Ersetzen Sie ihn durch einen echten Ordner oder eine echte Datei.</translation>
    </message>
    <message>
        <source>not a Concord session archive (its first line is wrong)</source>
        <translation>kein Concord-Sitzungsarchiv (die erste Zeile ist falsch)</translation>
    </message>
    <message>
        <source>damaged session archive: the format version is unreadable</source>
        <translation>beschädigtes Sitzungsarchiv: die Formatversion ist nicht lesbar</translation>
    </message>
    <message>
        <source>session archive format version %1 is not supported by this version of Concord (it reads versions 1 to %2)</source>
        <translation>Sitzungsarchiv-Formatversion %1 wird von dieser Concord-Version nicht unterstützt (sie liest die Versionen 1 bis %2)</translation>
    </message>
    <message>
        <source>damaged session archive: it is truncated (no end line)</source>
        <translation>beschädigtes Sitzungsarchiv: es ist abgeschnitten (keine Endzeile)</translation>
    </message>
    <message>
        <source>damaged session archive: its checksum does not match</source>
        <translation>beschädigtes Sitzungsarchiv: die Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>damaged session archive: the manifest is missing</source>
        <translation>beschädigtes Sitzungsarchiv: das Manifest fehlt</translation>
    </message>
    <message>
        <source>the manifest is not a session archive manifest</source>
        <translation>das Manifest ist kein Sitzungsarchiv-Manifest</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a journal file name</source>
        <translation>„%1“ ist kein Journal-Dateiname</translation>
    </message>
    <message>
        <source>%1 is cut short</source>
        <translation>%1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>the checksum of %1 does not match</source>
        <translation>die Prüfsumme von %1 stimmt nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a blob file name</source>
        <translation>„%1“ ist kein Blob-Dateiname</translation>
    </message>
    <message>
        <source>blob %1 is cut short</source>
        <translation>Blob %1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>damaged session archive: %1</source>
        <translation>beschädigtes Sitzungsarchiv: %1</translation>
    </message>
    <message>
        <source>damaged session archive: the manifest is unreadable (%1)</source>
        <translation>beschädigtes Sitzungsarchiv: das Manifest ist nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>damaged session archive: it holds bytes no manifest entry accounts for</source>
        <translation>beschädigtes Sitzungsarchiv: es enthält Bytes, die kein Manifesteintrag abdeckt</translation>
    </message>
    <message>
        <source>unknown annotator &quot;%1&quot;: there is nothing to export</source>
        <translation>unbekannter Annotator „%1“: Es gibt nichts zu exportieren</translation>
    </message>
    <message>
        <source>annotator &quot;%1&quot; has no session journals to export</source>
        <translation>Annotator „%1“ hat keine Sitzungsjournale zum Exportieren</translation>
    </message>
    <message>
        <source>belongs to a different project (&quot;%1&quot;, id %2); this project is &quot;%3&quot;, id %4. Nothing was imported.</source>
        <translation>gehört zu einem anderen Projekt („%1“, ID %2); dieses Projekt ist „%3“, ID %4. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>incomplete session archive: %1 refers to blob %2, which neither the archive nor this project holds. Nothing was imported.</source>
        <translation>unvollständiges Sitzungsarchiv: %1 verweist auf Blob %2, den weder das Archiv noch dieses Projekt enthält. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>the HEAD file (as session %1 found it)</source>
        <translation>die HEAD-Datei (wie Sitzung %1 sie vorfand)</translation>
    </message>
    <message>
        <source>the HEAD file</source>
        <translation>die HEAD-Datei</translation>
    </message>
    <message>
        <source>is empty, but %1 recorded %2 lines in it</source>
        <translation>ist leer, aber %1 hat darin %2 Zeilen verzeichnet</translation>
    </message>
    <message>
        <source>ends at line %1, but %2 recorded %3 lines: its last lines were cut off</source>
        <translation>endet bei Zeile %1, aber %2 hat %3 Zeilen verzeichnet: Die letzten Zeilen wurden abgeschnitten</translation>
    </message>
    <message>
        <source>this is not the line %1 recorded as line %2: it was changed since</source>
        <translation>dies ist nicht die Zeile, die %1 als Zeile %2 verzeichnet hat: Sie wurde seither geändert</translation>
    </message>
    <message>
        <source>unfinished session (recoverable): it has no session.end, so it is still open or its writer stopped (a crash); its %1 events are kept</source>
        <translation>unvollendete Sitzung (wiederherstellbar): Sie hat kein session.end, ist also noch offen oder ihr Schreiber wurde beendet (ein Absturz); ihre %1 Ereignisse bleiben erhalten</translation>
    </message>
    <message>
        <source>missing: %1 recorded this session with %2 lines</source>
        <translation>fehlt: %1 hat diese Sitzung mit %2 Zeilen verzeichnet</translation>
    </message>
    <message>
        <source>staged file &quot;%1&quot; would leave the project</source>
        <translation>die bereitgestellte Datei „%1“ würde das Projekt verlassen</translation>
    </message>
    <message>
        <source>cannot move the new version into place: %1</source>
        <translation>die neue Version kann nicht an ihren Platz verschoben werden: %1</translation>
    </message>
    <message>
        <source>cannot create the staging folder</source>
        <translation>der Bereitstellungsordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path inside the project</source>
        <translation>„%1“ ist kein Pfad innerhalb des Projekts</translation>
    </message>
    <message>
        <source>a folder is in the way of this file</source>
        <translation>ein Ordner steht dieser Datei im Weg</translation>
    </message>
    <message>
        <source>a file is in the way of this folder</source>
        <translation>eine Datei steht diesem Ordner im Weg</translation>
    </message>
    <message>
        <source> (the change is recorded in %1 and will be completed the next time the project lock is taken)</source>
        <translation> (die Änderung ist in %1 verzeichnet und wird beim nächsten Setzen der Projektsperre abgeschlossen)</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>it exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>cannot create the session journal: %1</source>
        <translation>das Sitzungsjournal kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>(deleted label)</source>
        <translation>(gelöschtes Label)</translation>
    </message>
    <message>
        <source>You are not a reader of &quot;%1&quot;.</source>
        <translation>Sie sind kein Befunder von „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n Fall)</numerusform>
            <numerusform>%1 (%n Fälle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>image labels</source>
        <translation>Bild-Labels</translation>
    </message>
    <message>
        <source>boxes</source>
        <translation>Boxen</translation>
    </message>
    <message>
        <source>masks and polygons</source>
        <translation>Masken und Polygone</translation>
    </message>
    <message>
        <source>Ratings to read.</source>
        <translation>Zu lesende Bewertungen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Coefficient: percent, cohen, scott, fleiss, alpha, ac1 or bp (default alpha).</source>
        <translation>Koeffizient: percent, cohen, scott, fleiss, alpha, ac1 oder bp (Standard: alpha).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>With --csv, the level for alpha: nominal, ordinal, interval or ratio. With a project, the taxonomy depth to compare labels at (0 = top level).</source>
        <translation>Mit --csv die Skala für alpha: nominal, ordinal, interval oder ratio. Mit einem Projekt die Taxonomietiefe, auf der Labels verglichen werden (0 = oberste Ebene).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Weights for cohen, ac1 and bp: linear or quadratic.</source>
        <translation>Gewichte für cohen, ac1 und bp: linear oder quadratic.</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Bootstrap confidence interval over units with N resamples (e.g. 1000).</source>
        <translation>Bootstrap-Konfidenzintervall über Einheiten mit N Resamples (z. B. 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the bootstrap (default 1).</source>
        <translation>Startwert des Bootstraps (Standard: 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>With a project: the folder to write the report files to (default: the current folder).</source>
        <translation>Mit einem Projekt: der Ordner, in den die Berichtsdateien geschrieben werden (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>With a project: the annotator whose labels are the reference for accuracy and kappa against gold.</source>
        <translation>Mit einem Projekt: der Annotator, dessen Labels die Referenz für Genauigkeit und Kappa gegen Gold sind.</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>With a project: only labels made under this guideline version.</source>
        <translation>Mit einem Projekt: nur Labels, die unter dieser Leitfadenversion vergeben wurden.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>With a project: only these labels (names, paths or ids, comma-separated); a label includes its children.</source>
        <translation>Mit einem Projekt: nur diese Labels (Namen, Pfade oder IDs, kommagetrennt); ein Label schließt seine Kinder ein.</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>With a project: only labels last changed in this session (repeat for more).</source>
        <translation>Mit einem Projekt: nur Labels, die zuletzt in dieser Sitzung geändert wurden (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With a project: only labels last changed at or after this date or time (ISO 8601, UTC).</source>
        <translation>Mit einem Projekt: nur Labels, die zuletzt zu oder nach diesem Datum bzw. dieser Uhrzeit geändert wurden (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>With a project: only labels last changed before this time, or up to the end of this date (ISO 8601, UTC).</source>
        <translation>Mit einem Projekt: nur Labels, die zuletzt vor dieser Uhrzeit oder bis zum Ende dieses Datums geändert wurden (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>With a project: only these readers (annotator ids, comma-separated).</source>
        <translation>Mit einem Projekt: nur diese Befunder (Annotator-IDs, kommagetrennt).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>With a project: only items each reader marked done.</source>
        <translation>Mit einem Projekt: nur Fälle, die jeder Befunder als fertig markiert hat.</translation>
    </message>
    <message>
        <source>With a project: agreement on the values of this attribute (e.g. severity) instead of the report; ordinal attributes get ordinal alpha and weighted kappa. Takes --annotators and --json.</source>
        <translation>Mit einem Projekt: Übereinstimmung bei den Werten dieses Attributs (z. B. Schweregrad) statt des Berichts; ordinale Attribute erhalten ordinales Alpha und gewichtetes Kappa. Berücksichtigt --annotators und --json.</translation>
    </message>
    <message>
        <source>With a project: go on although it has problems (damaged lines, a broken hash chain, missing blobs); they are still listed.</source>
        <translation>Mit einem Projekt: trotz Problemen fortfahren (beschädigte Zeilen, unterbrochene Hash-Kette, fehlende Blobs); sie werden dennoch aufgelistet.</translation>
    </message>
    <message>
        <source>Run &apos;concord-cli agreement --help&apos; for the arguments.</source>
        <translation>Führen Sie &apos;concord-cli agreement --help&apos; aus, um die Argumente zu sehen.</translation>
    </message>
    <message>
        <source>--bootstrap needs a whole number of at least 2</source>
        <translation>--bootstrap benötigt eine ganze Zahl von mindestens 2</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number</source>
        <translation>--seed benötigt eine nicht-negative ganze Zahl</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <source>, %1 units, %2 coders</source>
        <translation>, %1 Einheiten, %2 Kodierer</translation>
    </message>
    <message>
        <source>, %1 (Landis-Koch)</source>
        <translation>, %1 (Landis-Koch)</translation>
    </message>
    <message>
        <source>--%1 applies only to a project</source>
        <translation>--%1 gilt nur für ein Projekt</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;</source>
        <translation>unbekannte Metrik &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;</source>
        <translation>unbekannte Skala &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--level applies only to --metric alpha</source>
        <translation>--level gilt nur für --metric alpha</translation>
    </message>
    <message>
        <source>--weights applies only to --metric cohen, ac1 or bp</source>
        <translation>--weights gilt nur für --metric cohen, ac1 oder bp</translation>
    </message>
    <message>
        <source>unknown weights &apos;%1&apos;</source>
        <translation>unbekannte Gewichte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Measure inter-annotator agreement on a long-format CSV with the header unit,coder,label (one rating per line; a missing rating has no line), or write the agreement report of a project (agreement.json, agreement.csv, agreement.html, agreement.pdf).</source>
        <translation>Misst die Inter-Annotator-Übereinstimmung anhand einer CSV-Datei im Long-Format mit der Kopfzeile unit,coder,label (eine Bewertung pro Zeile; eine fehlende Bewertung hat keine Zeile) oder schreibt den Übereinstimmungsbericht eines Projekts (agreement.json, agreement.csv, agreement.html, agreement.pdf).</translation>
    </message>
    <message>
        <source>A Concord project folder: writes its agreement report.</source>
        <translation>Ein Concord-Projektordner: Sein Übereinstimmungsbericht wird geschrieben.</translation>
    </message>
    <message>
        <source>--level with a project needs a taxonomy depth (0 = top level)</source>
        <translation>--level benötigt bei einem Projekt eine Taxonomietiefe (0 = oberste Ebene)</translation>
    </message>
    <message>
        <source>--guideline needs a version number of at least 1</source>
        <translation>--guideline benötigt eine Versionsnummer von mindestens 1</translation>
    </message>
    <message>
        <source>%1 needs a date or time in ISO 8601, e.g. 2026-11-22 or 2026-11-22T14:00:00Z</source>
        <translation>%1 benötigt ein Datum oder eine Uhrzeit in ISO 8601, z. B. 2026-11-22 oder 2026-11-22T14:00:00Z</translation>
    </message>
    <message>
        <source>no label &quot;%1&quot; for --labels</source>
        <translation>kein Label „%1“ für --labels</translation>
    </message>
    <message>
        <source>no annotator &quot;%1&quot; for --annotators</source>
        <translation>kein Annotator „%1“ für --annotators</translation>
    </message>
    <message>
        <source>no annotator &quot;%1&quot; for --gold</source>
        <translation>kein Annotator „%1“ für --gold</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Agreement of %1: %2 readers, %3 of %4 items labeled
</source>
        <translation>Übereinstimmung von %1: %2 Befunder, %3 von %4 Fällen gelabelt
</translation>
    </message>
    <message>
        <source>Wrote %1, %2, %3 and %4
</source>
        <translation>%1, %2, %3 und %4 geschrieben
</translation>
    </message>
    <message>
        <source>--csv &lt;file&gt; or a project folder is required</source>
        <translation>--csv &lt;Datei&gt; oder ein Projektordner ist erforderlich</translation>
    </message>
    <message>
        <source>give one project folder</source>
        <translation>geben Sie einen Projektordner an</translation>
    </message>
    <message>
        <source>--metric and --weights apply only to --csv; the project report computes every coefficient</source>
        <translation>--metric und --weights gelten nur für --csv; der Projektbericht berechnet alle Koeffizienten</translation>
    </message>
    <message>
        <source>--%1 does not apply to --attribute</source>
        <translation>--%1 gilt nicht für --attribute</translation>
    </message>
    <message>
        <source>no work by annotator &quot;%1&quot; for --annotators</source>
        <translation>keine Arbeit von Annotator „%1“ für --annotators</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>keine Bewertungen</translation>
    </message>
    <message>
        <source>Agreement on %1 (%2) of %3: %4 readers, %5 rated image labels and shapes, %6 ratings
</source>
        <translation>Übereinstimmung bei %1 (%2) von %3: %4 Befunder, %5 bewertete Bild-Labels und Formen, %6 Bewertungen
</translation>
    </message>
    <message>
        <source>warning: %1 times a reader drew several shapes of one label on an item; their values were left out, since shapes are matched by label alone
</source>
        <translation>Warnung: %1-mal hat ein Befunder mehrere Formen eines Labels auf einem Fall gezeichnet; ihre Werte wurden ausgelassen, da Formen nur nach Label zugeordnet werden
</translation>
    </message>
    <message>
        <source>stopped on an unexpected error: %1</source>
        <translation>wegen eines unerwarteten Fehlers abgebrochen: %1</translation>
    </message>
    <message>
        <source>stopped on an unexpected error</source>
        <translation>wegen eines unerwarteten Fehlers abgebrochen</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation>falsche Anzahl an Argumenten</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Projekt erstellen</translation>
    </message>
    <message>
        <source>Import a folder of images</source>
        <translation>Bildordner importieren</translation>
    </message>
    <message>
        <source>Summarize a project</source>
        <translation>Projekt zusammenfassen</translation>
    </message>
    <message>
        <source>Bring in another copy&apos;s work</source>
        <translation>Arbeit einer anderen Kopie übernehmen</translation>
    </message>
    <message>
        <source>Pack one annotator&apos;s sessions into an archive</source>
        <translation>Sitzungen eines Annotators in ein Archiv packen</translation>
    </message>
    <message>
        <source>Bring in a session archive</source>
        <translation>Sitzungsarchiv übernehmen</translation>
    </message>
    <message>
        <source>Import a COCO file as one annotator&apos;s work</source>
        <translation>COCO-Datei als Arbeit eines Annotators importieren</translation>
    </message>
    <message>
        <source>Measure inter-annotator agreement</source>
        <translation>Inter-Annotator-Übereinstimmung messen</translation>
    </message>
    <message>
        <source>Show or publish the quality policy</source>
        <translation>Qualitätsrichtlinie anzeigen oder veröffentlichen</translation>
    </message>
    <message>
        <source>Route items by agreement (quality workflow)</source>
        <translation>Fälle nach Übereinstimmung weiterleiten (Qualitäts-Workflow)</translation>
    </message>
    <message>
        <source>QC sample and error rates (quality workflow)</source>
        <translation>QC-Stichprobe und Fehlerraten (Qualitäts-Workflow)</translation>
    </message>
    <message>
        <source>Record a review, adjudication or QC decision</source>
        <translation>Prüfungs-, Adjudikations- oder QC-Entscheidung erfassen</translation>
    </message>
    <message>
        <source>Quality report: states, tiers over time, readers</source>
        <translation>Qualitätsbericht: Status, Stufen im Zeitverlauf, Befunder</translation>
    </message>
    <message>
        <source>Inspect or render a DICOM file as Concord decodes it</source>
        <translation>DICOM-Datei so untersuchen oder rendern, wie Concord sie dekodiert</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; is %2 (%3), so &quot;%4&quot; does not apply to it</source>
        <translation>Fall „%1“ ist %2 (%3), daher gilt „%4“ nicht für ihn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not READER:CATEGORY[:TARGET]</source>
        <translation>„%1“ hat nicht die Form READER:CATEGORY[:TARGET]</translation>
    </message>
    <message>
        <source>%1 is %2: adjudication is for adjudicators and leads</source>
        <translation>%1 ist %2: Adjudikation ist Adjudikatoren und Leitung vorbehalten</translation>
    </message>
    <message>
        <source>an adjudication settles the item with the adjudicator&apos;s own answer: give --take READER or --consensus</source>
        <translation>eine Adjudikation entscheidet den Fall mit der eigenen Antwort des Adjudikators: Geben Sie --take READER oder --consensus an</translation>
    </message>
    <message>
        <source>--take and --consensus go with adjudication only</source>
        <translation>--take und --consensus gehören nur zu einer Adjudikation</translation>
    </message>
    <message>
        <source>Recorded %1 on %2: now %3 (%4)
</source>
        <translation>%1 für %2 erfasst: jetzt %3 (%4)
</translation>
    </message>
    <message>
        <source>Record a quality decision on an item as a reviewer, adjudicator or lead, as the window&apos;s decision panel does (docs/quality.md):
  decide &lt;project&gt; &lt;item&gt; review.accept|review.reject|adjudication|qc.correct|qc.error --as ID [--category C] [--note TEXT] [--finding READER:CATEGORY[:TARGET]]... [--take READER | --consensus]
The item is given by id or by its file path in the project.</source>
        <translation>Eine Qualitätsentscheidung zu einem Fall als Prüfer, Adjudikator oder Leitung erfassen, wie es das Entscheidungspanel des Fensters tut (docs/quality.md):
  decide &lt;Projekt&gt; &lt;Fall&gt; review.accept|review.reject|adjudication|qc.correct|qc.error --as ID [--category C] [--note TEXT] [--finding READER:CATEGORY[:TARGET]]... [--take READER | --consensus]
Der Fall wird durch seine ID oder seinen Dateipfad im Projekt angegeben.</translation>
    </message>
    <message>
        <source>Project folder.</source>
        <translation>Projektordner.</translation>
    </message>
    <message>
        <source>Item id or file path.</source>
        <translation>Fall-ID oder Dateipfad.</translation>
    </message>
    <message>
        <source>The decision.</source>
        <translation>Die Entscheidung.</translation>
    </message>
    <message>
        <source>Who decides (annotator id).</source>
        <translation>Wer entscheidet (Annotator-ID).</translation>
    </message>
    <message>
        <source>Error category of a review rejection or a QC error (missed-finding, false-finding, wrong-label, inaccurate-boundary, guideline-not-followed).</source>
        <translation>Fehlerkategorie einer Ablehnung in der Prüfung oder eines QC-Fehlers (missed-finding, false-finding, wrong-label, inaccurate-boundary, guideline-not-followed).</translation>
    </message>
    <message>
        <source>A note kept with the decision.</source>
        <translation>Eine Notiz, die mit der Entscheidung gespeichert wird.</translation>
    </message>
    <message>
        <source>With a review: an error held against one reader, READER:CATEGORY[:TARGET] with TARGET labels, box:ID, polygon:ID or mask:ID (repeat for more).</source>
        <translation>Bei einer Prüfung: ein Fehler, der einem Befunder angelastet wird, READER:CATEGORY[:TARGET] mit TARGET als Labels, box:ID, polygon:ID oder mask:ID (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>With adjudication: settle with this reader&apos;s answer.</source>
        <translation>Bei einer Adjudikation: mit der Antwort dieses Befunders entscheiden.</translation>
    </message>
    <message>
        <source>With adjudication: settle with the readers&apos; consensus.</source>
        <translation>Bei einer Adjudikation: mit dem Konsens der Befunder entscheiden.</translation>
    </message>
    <message>
        <source>unknown decision &quot;%1&quot;; use review.accept, review.reject, adjudication, qc.correct or qc.error</source>
        <translation>unbekannte Entscheidung „%1“; verwenden Sie review.accept, review.reject, adjudication, qc.correct oder qc.error</translation>
    </message>
    <message>
        <source>decide needs --as &lt;annotator&gt;: who decides</source>
        <translation>decide benötigt --as &lt;Annotator&gt;: wer entscheidet</translation>
    </message>
    <message>
        <source>--take and --consensus exclude each other</source>
        <translation>--take und --consensus schließen einander aus</translation>
    </message>
    <message>
        <source>%1 has no item &quot;%2&quot;</source>
        <translation>%1 hat keinen Fall „%2“</translation>
    </message>
    <message>
        <source>Decode a DICOM file and describe what Concord sees.</source>
        <translation>Eine DICOM-Datei dekodieren und beschreiben, was Concord sieht.</translation>
    </message>
    <message>
        <source>DICOM file</source>
        <translation>DICOM-Datei</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>--window needs CENTER,WIDTH with a positive width</source>
        <translation>--window benötigt CENTER,WIDTH mit positiver Breite</translation>
    </message>
    <message>
        <source>no window preset &apos;%1&apos; (available: %2)</source>
        <translation>keine Fensterungsvorgabe &apos;%1&apos; (verfügbar: %2)</translation>
    </message>
    <message>
        <source>signed values need a .tif output</source>
        <translation>vorzeichenbehaftete Werte erfordern eine .tif-Ausgabe</translation>
    </message>
    <message>
        <source>a .pgm holds one channel; use .ppm or .tif for colour</source>
        <translation>eine .pgm-Datei hat einen Kanal; verwenden Sie .ppm oder .tif für Farbe</translation>
    </message>
    <message>
        <source>a .ppm holds colour; use .pgm or .tif for greyscale</source>
        <translation>eine .ppm-Datei enthält Farbe; verwenden Sie .pgm oder .tif für Graustufen</translation>
    </message>
    <message>
        <source>cannot write this image type (%1 channels, %2) in that format; try .tif</source>
        <translation>dieser Bildtyp (%1 Kanäle, %2) kann in diesem Format nicht geschrieben werden; versuchen Sie .tif</translation>
    </message>
    <message>
        <source>Write one frame of a DICOM file as an image: the displayed 8-bit picture through a window, or with --raw the decoded stored values (16-bit PGM or TIFF).</source>
        <translation>Einen Frame einer DICOM-Datei als Bild schreiben: das angezeigte 8-Bit-Bild über eine Fensterung oder mit --raw die dekodierten gespeicherten Werte (16-Bit-PGM oder -TIFF).</translation>
    </message>
    <message>
        <source>Output image (.png, .pgm, .tif ...).</source>
        <translation>Ausgabebild (.png, .pgm, .tif …).</translation>
    </message>
    <message>
        <source>Frame to render, from 0 (default 0).</source>
        <translation>Zu rendernder Frame, ab 0 (Standard: 0).</translation>
    </message>
    <message>
        <source>Write stored values, one channel per sample, no window.</source>
        <translation>Gespeicherte Werte schreiben, ein Kanal pro Sample, ohne Fensterung.</translation>
    </message>
    <message>
        <source>Window as CENTER,WIDTH in modality units.</source>
        <translation>Fenster als CENTER,WIDTH (Fensterlage, Fensterbreite) in Modalitätseinheiten.</translation>
    </message>
    <message>
        <source>C,W</source>
        <translation>C,W</translation>
    </message>
    <message>
        <source>A header window by name, &apos;full&apos; or &apos;auto&apos; (percentiles). Default: first header window, else full.</source>
        <translation>Ein Header-Fenster nach Name, &apos;full&apos; oder &apos;auto&apos; (Perzentile). Standard: erstes Header-Fenster, sonst full.</translation>
    </message>
    <message>
        <source>dicom render needs --out &lt;file&gt;</source>
        <translation>dicom render benötigt --out &lt;Datei&gt;</translation>
    </message>
    <message>
        <source>%1: no frame %2 (the image has %3)</source>
        <translation>%1: kein Frame %2 (das Bild hat %3)</translation>
    </message>
    <message>
        <source>Usage: concord-cli dicom &lt;info|render&gt; &lt;file&gt; [options]
  info     describe the decoded image (--json for JSON)
  render   write a frame as an image (--out, --raw, --window, --preset)
Run &apos;concord-cli dicom &lt;info|render&gt; --help&apos; for details.
</source>
        <translation>Aufruf: concord-cli dicom &lt;info|render&gt; &lt;Datei&gt; [Optionen]
  info     das dekodierte Bild beschreiben (--json für JSON)
  render   einen Frame als Bild schreiben (--out, --raw, --window, --preset)
Führen Sie &apos;concord-cli dicom &lt;info|render&gt; --help&apos; aus, um Details zu sehen.
</translation>
    </message>
    <message>
        <source>Export the project&apos;s annotations.</source>
        <translation>Die Annotationen des Projekts exportieren.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <source>Only this reader&apos;s own work (repeatable; --annotator is the same).</source>
        <translation>Nur die eigene Arbeit dieses Befunders (wiederholbar; --annotator ist gleichbedeutend).</translation>
    </message>
    <message>
        <source>Each accepted item&apos;s final answer (the quality workflow&apos;s truth: consensus, review or adjudication). The default once the project has a quality policy.</source>
        <translation>Die endgültige Antwort jedes akzeptierten Falls (die Wahrheit des Qualitäts-Workflows: Konsens, Prüfung oder Adjudikation). Standard, sobald das Projekt eine Qualitätsrichtlinie hat.</translation>
    </message>
    <message>
        <source>Every reader&apos;s own work, side by side. The default while the project has no quality policy.</source>
        <translation>Die eigene Arbeit jedes Befunders, nebeneinander. Standard, solange das Projekt keine Qualitätsrichtlinie hat.</translation>
    </message>
    <message>
        <source>--out &lt;file&gt; is required</source>
        <translation>--out &lt;Datei&gt; ist erforderlich</translation>
    </message>
    <message>
        <source>--truth, --all-work and --reader exclude each other</source>
        <translation>--truth, --all-work und --reader schließen einander aus</translation>
    </message>
    <message>
        <source>Exporting the accepted answers (quality policy version %1; --all-work or --reader ID for the readers&apos; own work)
</source>
        <translation>Die akzeptierten Antworten werden exportiert (Qualitätsrichtlinie Version %1; --all-work oder --reader ID für die eigene Arbeit der Befunder)
</translation>
    </message>
    <message>
        <source>Exporting every reader&apos;s own work
</source>
        <translation>Die eigene Arbeit jedes Befunders wird exportiert
</translation>
    </message>
    <message>
        <source>Exporting every reader&apos;s own work (the project has no quality policy, so no accepted answers)
</source>
        <translation>Die eigene Arbeit jedes Befunders wird exportiert (das Projekt hat keine Qualitätsrichtlinie, also keine akzeptierten Antworten)
</translation>
    </message>
    <message>
        <source>warning: no label maps for items %1: items.jsonl does not record their image size
</source>
        <translation>Warnung: keine Label-Maps für die Fälle %1: items.jsonl verzeichnet ihre Bildgröße nicht
</translation>
    </message>
    <message>
        <source>Wrote %1 label maps and labelmap.json to %2
</source>
        <translation>%1 Label-Maps und labelmap.json nach %2 geschrieben
</translation>
    </message>
    <message>
        <source>warning: %1 masks left out of the COCO file: COCO masks need the image size, which items.jsonl does not record for items %2
</source>
        <translation>Warnung: %1 Masken in der COCO-Datei ausgelassen: COCO-Masken benötigen die Bildgröße, die items.jsonl für die Fälle %2 nicht verzeichnet
</translation>
    </message>
    <message>
        <source>Wrote %1 images, %2 annotations (boxes, polygons, masks), %3 image labels to %4
</source>
        <translation>%1 Bilder, %2 Annotationen (Boxen, Polygone, Masken), %3 Bild-Labels nach %4 geschrieben
</translation>
    </message>
    <message>
        <source>Write one annotator&apos;s session journals, with the mask blobs they refer to, into a single checksummed archive, to carry field work back to the team (see import-session).</source>
        <translation>Die Sitzungsjournale eines Annotators samt der Masken-Blobs, auf die sie verweisen, in ein einzelnes Archiv mit Prüfsumme schreiben, um Arbeit aus dem Feld zum Team zurückzubringen (siehe import-session).</translation>
    </message>
    <message>
        <source>Annotator whose sessions to export.</source>
        <translation>Annotator, dessen Sitzungen exportiert werden.</translation>
    </message>
    <message>
        <source>Archive file to write.</source>
        <translation>Zu schreibende Archivdatei.</translation>
    </message>
    <message>
        <source>--annotator and --out are required</source>
        <translation>--annotator und --out sind erforderlich</translation>
    </message>
    <message>
        <source>%1 session journals (%2 bytes) and %3 mask blobs (%4 bytes) written to %5
</source>
        <translation>%1 Sitzungsjournale (%2 Bytes) und %3 Masken-Blobs (%4 Bytes) nach %5 geschrieben
</translation>
    </message>
    <message>
        <source>Usage: concord-cli &lt;command&gt; [arguments]

Commands:
</source>
        <translation>Aufruf: concord-cli &lt;Befehl&gt; [Argumente]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;concord-cli &lt;command&gt; --help&apos; for the arguments of one command.
</source>
        <translation>
Führen Sie &apos;concord-cli &lt;Befehl&gt; --help&apos; aus, um die Argumente eines Befehls zu sehen.
</translation>
    </message>
    <message>
        <source>concord-cli: unknown command &apos;%1&apos;
</source>
        <translation>concord-cli: unbekannter Befehl &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>%1 gold items; readers below %2 are flagged
</source>
        <translation>%1 Gold-Fälle; Befunder unter %2 werden markiert
</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 correct, kappa %4</source>
        <translation>  %1: %2 von %3 korrekt, Kappa %4</translation>
    </message>
    <message>
        <source>; boxes on %1 items: F1 %2, IoU %3</source>
        <translation>; Boxen auf %1 Fällen: F1 %2, IoU %3</translation>
    </message>
    <message>
        <source>; masks on %1 items: %2 %3</source>
        <translation>; Masken auf %1 Fällen: %2 %3</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <source>  FLAGGED</source>
        <translation>  MARKIERT</translation>
    </message>
    <message>
        <source>Whose work the file becomes (added to the project when new).</source>
        <translation>Wessen Arbeit die Datei wird (wird dem Projekt hinzugefügt, falls neu).</translation>
    </message>
    <message>
        <source>--annotator &lt;id&gt; is required</source>
        <translation>--annotator &lt;ID&gt; ist erforderlich</translation>
    </message>
    <message>
        <source>Imported %1 boxes, %2 polygons, %3 masks as %4&apos;s work
</source>
        <translation>%1 Boxen, %2 Polygone, %3 Masken als Arbeit von %4 importiert
</translation>
    </message>
    <message>
        <source>Left out %1 annotations imported before
</source>
        <translation>%1 bereits früher importierte Annotationen ausgelassen
</translation>
    </message>
    <message>
        <source>skipped %1
</source>
        <translation>%1 übersprungen
</translation>
    </message>
    <message>
        <source>%1 images imported, %2 already present, %3 unreadable, %4 DICOM files without an image skipped
</source>
        <translation>%1 Bilder importiert, %2 bereits vorhanden, %3 nicht lesbar, %4 DICOM-Dateien ohne Bild übersprungen
</translation>
    </message>
    <message>
        <source>Bring a session archive made by export-session into the project. The archive is verified completely before anything is written; importing twice changes nothing; an archive of another project is refused.</source>
        <translation>Ein mit export-session erstelltes Sitzungsarchiv in das Projekt übernehmen. Das Archiv wird vollständig geprüft, bevor etwas geschrieben wird; zweimaliges Importieren ändert nichts; ein Archiv eines anderen Projekts wird abgelehnt.</translation>
    </message>
    <message>
        <source>Project folder to import into.</source>
        <translation>Projektordner, in den importiert wird.</translation>
    </message>
    <message>
        <source>Session archive file.</source>
        <translation>Sitzungsarchivdatei.</translation>
    </message>
    <message>
        <source>conflict: %1
</source>
        <translation>Konflikt: %1
</translation>
    </message>
    <message>
        <source>%1 journals added, %2 extended, %3 unchanged; %4 annotators, %5 blobs added
</source>
        <translation>%1 Journale hinzugefügt, %2 erweitert, %3 unverändert; %4 Annotatoren, %5 Blobs hinzugefügt
</translation>
    </message>
    <message>
        <source>Summarize a project: items, annotators, sessions, annotations per label and annotator.</source>
        <translation>Ein Projekt zusammenfassen: Fälle, Annotatoren, Sitzungen, Annotationen je Label und Annotator.</translation>
    </message>
    <message>
        <source>Project:    %1 (%2)
</source>
        <translation>Projekt:    %1 (%2)
</translation>
    </message>
    <message>
        <source>Items:      %1
</source>
        <translation>Fälle:      %1
</translation>
    </message>
    <message>
        <source>Events:     %1
</source>
        <translation>Ereignisse: %1
</translation>
    </message>
    <message>
        <source>Guideline:  version %1
</source>
        <translation>Leitfaden:  Version %1
</translation>
    </message>
    <message>
        <source>Annotators:
</source>
        <translation>Annotatoren:
</translation>
    </message>
    <message>
        <source>  %1  %2 sessions, %3 done, %4 skipped, %5 in progress, %6 boxes
</source>
        <translation>  %1  %2 Sitzungen, %3 fertig, %4 übersprungen, %5 in Bearbeitung, %6 Boxen
</translation>
    </message>
    <message>
        <source>Labels (boxes / image labels):
</source>
        <translation>Labels (Boxen / Bild-Labels):
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>cannot move the new project into place: %1</source>
        <translation>das neue Projekt kann nicht an seinen Platz verschoben werden: %1</translation>
    </message>
    <message>
        <source>Create an empty project in &lt;dir&gt;.</source>
        <translation>Ein leeres Projekt in &lt;Ordner&gt; erstellen.</translation>
    </message>
    <message>
        <source>Folder for the new project.</source>
        <translation>Ordner für das neue Projekt.</translation>
    </message>
    <message>
        <source>Project name.</source>
        <translation>Projektname.</translation>
    </message>
    <message>
        <source>Text file with the labels as an indented list.</source>
        <translation>Textdatei mit den Labels als eingerückte Liste.</translation>
    </message>
    <message>
        <source>Fill the project with the built-in demo radiographs.</source>
        <translation>Das Projekt mit den eingebauten Demo-Röntgenaufnahmen füllen.</translation>
    </message>
    <message>
        <source>a project already exists here</source>
        <translation>hier existiert bereits ein Projekt</translation>
    </message>
    <message>
        <source>Created demo project in %1
</source>
        <translation>Demo-Projekt in %1 erstellt
</translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot; in %2
</source>
        <translation>Projekt „%1“ in %2 erstellt
</translation>
    </message>
    <message>
        <source>Project folder to merge into.</source>
        <translation>Projektordner, in den zusammengeführt wird.</translation>
    </message>
    <message>
        <source>Another copy of the same project.</source>
        <translation>Eine andere Kopie desselben Projekts.</translation>
    </message>
    <message>
        <source>Quality policy: the default (none published)
</source>
        <translation>Qualitätsrichtlinie: Standard (keine veröffentlicht)
</translation>
    </message>
    <message>
        <source>Quality policy version %1, published by %2 on %3
</source>
        <translation>Qualitätsrichtlinie Version %1, veröffentlicht von %2 am %3
</translation>
    </message>
    <message>
        <source>Show the project&apos;s quality policy, or publish a new version of it.
  policy &lt;project&gt; show [--json] [--version N]
  policy &lt;project&gt; set --as LEAD FIELD=VALUE... [--summary TEXT]
Fields: %1</source>
        <translation>Die Qualitätsrichtlinie des Projekts anzeigen oder eine neue Version davon veröffentlichen.
  policy &lt;Projekt&gt; show [--json] [--version N]
  policy &lt;Projekt&gt; set --as LEAD FIELD=VALUE... [--summary TEXT]
Felder: %1</translation>
    </message>
    <message>
        <source>show or set.</source>
        <translation>show oder set.</translation>
    </message>
    <message>
        <source>FIELD=VALUE pairs for set.</source>
        <translation>FIELD=VALUE-Paare für set.</translation>
    </message>
    <message>
        <source>Print the policy as JSON.</source>
        <translation>Die Richtlinie als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show this published version.</source>
        <translation>Diese veröffentlichte Version anzeigen.</translation>
    </message>
    <message>
        <source>The lead who publishes the new version.</source>
        <translation>Die Leitung, die die neue Version veröffentlicht.</translation>
    </message>
    <message>
        <source>What changed and why, recorded with the version.</source>
        <translation>Was sich geändert hat und warum; wird mit der Version gespeichert.</translation>
    </message>
    <message>
        <source>show takes no FIELD=VALUE pairs</source>
        <translation>show nimmt keine FIELD=VALUE-Paare an</translation>
    </message>
    <message>
        <source>%1 has no quality policy version &quot;%2&quot;</source>
        <translation>%1 hat keine Qualitätsrichtlinie in Version „%2“</translation>
    </message>
    <message>
        <source>unknown policy action &quot;%1&quot;; use show or set</source>
        <translation>unbekannte Richtlinienaktion „%1“; verwenden Sie show oder set</translation>
    </message>
    <message>
        <source>set needs --as &lt;annotator&gt;: the lead who publishes the version</source>
        <translation>set benötigt --as &lt;Annotator&gt;: die Leitung, die die Version veröffentlicht</translation>
    </message>
    <message>
        <source>set needs at least one FIELD=VALUE pair</source>
        <translation>set benötigt mindestens ein FIELD=VALUE-Paar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE</source>
        <translation>„%1“ hat nicht die Form FIELD=VALUE</translation>
    </message>
    <message>
        <source>Published quality policy version %1
</source>
        <translation>Qualitätsrichtlinie Version %1 veröffentlicht
</translation>
    </message>
    <message>
        <source>Go on although the project has problems (damaged lines, a broken hash chain, missing blobs); they are still listed.</source>
        <translation>Trotz Problemen im Projekt fortfahren (beschädigte Zeilen, unterbrochene Hash-Kette, fehlende Blobs); sie werden dennoch aufgelistet.</translation>
    </message>
    <message>
        <source>concord-cli: problem: %1
</source>
        <translation>concord-cli: Problem: %1
</translation>
    </message>
    <message>
        <source>Work under this published quality policy version.</source>
        <translation>Unter dieser veröffentlichten Version der Qualitätsrichtlinie arbeiten.</translation>
    </message>
    <message>
        <source>n/a (nothing checked)</source>
        <translation>k. A. (nichts geprüft)</translation>
    </message>
    <message>
        <source>%1 of %2 = %3 (95% CI %4-%5)</source>
        <translation>%1 von %2 = %3 (95-%-KI %4–%5)</translation>
    </message>
    <message>
        <source>QC sample at rate %1 (seed: the project id %2): %3 items
</source>
        <translation>QC-Stichprobe mit Rate %1 (Startwert: die Projekt-ID %2): %3 Fälle
</translation>
    </message>
    <message>
        <source>  reader %1: %2 items
</source>
        <translation>  Befunder %1: %2 Fälle
</translation>
    </message>
    <message>
        <source>QC checked %1 items (%2 accepted, %3 drawn)
</source>
        <translation>QC hat %1 Fälle geprüft (%2 akzeptiert, %3 gezogen)
</translation>
    </message>
    <message>
        <source>Error rate: %1
</source>
        <translation>Fehlerrate: %1
</translation>
    </message>
    <message>
        <source>Reader %1: %2
</source>
        <translation>Befunder %1: %2
</translation>
    </message>
    <message>
        <source>Label %1: %2
</source>
        <translation>Label %1: %2
</translation>
    </message>
    <message>
        <source>To estimate an error rate near %1 to within ±%2 at 95%, check %3 items
</source>
        <translation>Um eine Fehlerrate um %1 auf ±%2 genau mit 95 % zu schätzen, prüfen Sie %3 Fälle
</translation>
    </message>
    <message>
        <source>The QC sample of accepted items, and what QC found.
  qc &lt;project&gt; sample [--json]
  qc &lt;project&gt; report [--json] [--expected-rate P] [--margin M]</source>
        <translation>Die QC-Stichprobe akzeptierter Fälle und was die QC gefunden hat.
  qc &lt;Projekt&gt; sample [--json]
  qc &lt;Projekt&gt; report [--json] [--expected-rate P] [--margin M]</translation>
    </message>
    <message>
        <source>sample or report.</source>
        <translation>sample oder report.</translation>
    </message>
    <message>
        <source>The error rate you expect, for the sample size (default 0.1).</source>
        <translation>Die erwartete Fehlerrate, für den Stichprobenumfang (Standard: 0,1).</translation>
    </message>
    <message>
        <source>The precision you want, ± (default 0.05).</source>
        <translation>Die gewünschte Genauigkeit, ± (Standard: 0,05).</translation>
    </message>
    <message>
        <source>--expected-rate must be a number between 0 and 1</source>
        <translation>--expected-rate muss eine Zahl zwischen 0 und 1 sein</translation>
    </message>
    <message>
        <source>--margin must be a number above 0 and below 1</source>
        <translation>--margin muss eine Zahl über 0 und unter 1 sein</translation>
    </message>
    <message>
        <source>unknown qc action &quot;%1&quot;; use sample or report</source>
        <translation>unbekannte QC-Aktion „%1“; verwenden Sie sample oder report</translation>
    </message>
    <message>
        <source>Quality of %1 under %2
</source>
        <translation>Qualität von %1 unter %2
</translation>
    </message>
    <message>
        <source>quality policy version %1</source>
        <translation>Qualitätsrichtlinie Version %1</translation>
    </message>
    <message>
        <source>the default quality policy (none published)</source>
        <translation>die Standard-Qualitätsrichtlinie (keine veröffentlicht)</translation>
    </message>
    <message>
        <source>States:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Tiers: high %1, medium %2, low %3 (%4 not yet tiered)
</source>
        <translation>Stufen: hoch %1, mittel %2, niedrig %3 (%4 noch nicht eingestuft)
</translation>
    </message>
    <message>
        <source>  %1: high %2, medium %3, low %4, accepted %5
</source>
        <translation>  %1: hoch %2, mittel %3, niedrig %4, akzeptiert %5
</translation>
    </message>
    <message>
        <source>By week:
</source>
        <translation>Nach Woche:
</translation>
    </message>
    <message>
        <source>By guideline version:
</source>
        <translation>Nach Leitfadenversion:
</translation>
    </message>
    <message>
        <source>Readers:
</source>
        <translation>Befunder:
</translation>
    </message>
    <message>
        <source>  %1: %2 items on %3 days</source>
        <translation>  %1: %2 Fälle an %3 Tagen</translation>
    </message>
    <message>
        <source>; gold score %1 on %2 items%3</source>
        <translation>; Gold-Score %1 auf %2 Fällen%3</translation>
    </message>
    <message>
        <source> FLAGGED</source>
        <translation> MARKIERT</translation>
    </message>
    <message>
        <source>; QC errors %1 of %2</source>
        <translation>; QC-Fehler %1 von %2</translation>
    </message>
    <message>
        <source>QC: %1 accepted, %2 drawn, %3 checked, error rate %4
</source>
        <translation>QC: %1 akzeptiert, %2 gezogen, %3 geprüft, Fehlerrate %4
</translation>
    </message>
    <message>
        <source>The quality report: every item&apos;s state, agreement tiers by week and by guideline version, each reader&apos;s throughput, gold score and QC error rate (docs/quality.md, Quality report).
  quality &lt;project&gt; [--json] [--out-dir DIR]</source>
        <translation>Der Qualitätsbericht: der Status jedes Falls, Übereinstimmungsstufen nach Woche und nach Leitfadenversion, Durchsatz, Gold-Score und QC-Fehlerrate jedes Befunders (docs/quality.md, Quality report).
  quality &lt;Projekt&gt; [--json] [--out-dir DIR]</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>Den Bericht als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Also write quality.json, quality.html and quality.pdf to this folder.</source>
        <translation>Zusätzlich quality.json, quality.html und quality.pdf in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <source>Policy version %1
</source>
        <translation>Richtlinienversion %1
</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Anzahlen:</translation>
    </message>
    <message>
        <source>Print every item&apos;s state in the quality workflow, with its per-item agreement, under the project&apos;s quality policy (the default policy when none was published).</source>
        <translation>Den Status jedes Falls im Qualitäts-Workflow samt seiner Übereinstimmung je Fall unter der Qualitätsrichtlinie des Projekts ausgeben (der Standardrichtlinie, wenn keine veröffentlicht wurde).</translation>
    </message>
    <message>
        <source>Taxonomy health of %1: %2 readers, %3 items read by two or more
</source>
        <translation>Taxonomie-Zustand von %1: %2 Befunder, %3 Fälle von zwei oder mehr befundet
</translation>
    </message>
    <message>
        <source>Confusion needs two readers on an item: no item has been read by two yet.
</source>
        <translation>Verwechslungen erfordern zwei Befunder pro Fall: Noch kein Fall wurde von zwei befundet.
</translation>
    </message>
    <message>
        <source>Most confused pairs (rate against the chance rate at the observed disagreement, simultaneous 95% interval):
</source>
        <translation>Am häufigsten verwechselte Paare (Rate gegenüber der Zufallsrate bei der beobachteten Nichtübereinstimmung, simultanes 95-%-Intervall):
</translation>
    </message>
    <message>
        <source>  none
</source>
        <translation>  keine
</translation>
    </message>
    <message>
        <source>  %1  &lt;-&gt;  %2 (%3): %4 against %5 expected [%6, %7], %8 of %9 comparisons, items: %10%11
</source>
        <translation>  %1  &lt;-&gt;  %2 (%3): %4 gegenüber %5 erwartet [%6, %7], %8 von %9 Vergleichen, Fälle: %10%11
</translation>
    </message>
    <message>
        <source>  CONFUSED</source>
        <translation>  VERWECHSELT</translation>
    </message>
    <message>
        <source>Items whose readers split between two labels: %1
</source>
        <translation>Fälle, bei denen sich die Befunder zwischen zwei Labels aufteilen: %1
</translation>
    </message>
    <message>
        <source>Uncovered: skipped items %1, items submitted without any label %2
</source>
        <translation>Nicht abgedeckt: übersprungene Fälle %1, ohne Label abgegebene Fälle %2
</translation>
    </message>
    <message>
        <source>Catch-all labels (%1), share of submitted items:
</source>
        <translation>Sammel-Labels (%1), Anteil der abgegebenen Fälle:
</translation>
    </message>
    <message>
        <source>  %1: %2 of %3
</source>
        <translation>  %1: %2 von %3
</translation>
    </message>
    <message>
        <source>Notes keep naming &quot;%1&quot; (items: %2): a missing label?
</source>
        <translation>Notizen nennen immer wieder „%1“ (Fälle: %2): ein fehlendes Label?
</translation>
    </message>
    <message>
        <source>Warnings:
</source>
        <translation>Warnungen:
</translation>
    </message>
    <message>
        <source>Concord labeling workbench</source>
        <translation>Concord-Annotationsarbeitsplatz</translation>
    </message>
    <message>
        <source>Project folder to open.</source>
        <translation>Zu öffnender Projektordner.</translation>
    </message>
    <message>
        <source>Open the built-in demo project.</source>
        <translation>Das eingebaute Demo-Projekt öffnen.</translation>
    </message>
    <message>
        <source>Label as this annotator.</source>
        <translation>Als dieser Annotator labeln.</translation>
    </message>
    <message>
        <source>could not render the PDF</source>
        <translation>das PDF konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>Agreement report</source>
        <translation>Übereinstimmungsbericht</translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation>Qualitätsbericht</translation>
    </message>
    <message>
        <source>%1
Not available: %2</source>
        <translation>%1
Nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>no free name for its copy in images/</source>
        <translation>kein freier Name für die Kopie in images/</translation>
    </message>
    <message>
        <source>changed while it was being copied; import it again</source>
        <translation>wurde während des Kopierens geändert; importieren Sie es erneut</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>B %1  L %2</translation>
    </message>
    <message>
        <source> · inverted</source>
        <translation> · invertiert</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Study %1</source>
        <translation>Studie %1</translation>
    </message>
    <message>
        <source>Item %1 / %2</source>
        <translation>Fall %1 / %2</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Frame %1 / %2</translation>
    </message>
    <message>
        <source>Import images into the project: files, folders (with their subfolders) and DICOMDIR files. Files already imported (same content) are skipped.</source>
        <translation>Bilder in das Projekt importieren: Dateien, Ordner (mit ihren Unterordnern) und DICOMDIR-Dateien. Bereits importierte Dateien (gleicher Inhalt) werden übersprungen.</translation>
    </message>
    <message>
        <source>Image files, folders or DICOMDIR files.</source>
        <translation>Bilddateien, Ordner oder DICOMDIR-Dateien.</translation>
    </message>
    <message>
        <source>Copy the images into the project&apos;s images/ folder, so the project folder holds everything it needs; without it, items refer to the images where they lie.</source>
        <translation>Die Bilder in den Ordner images/ des Projekts kopieren, damit der Projektordner alles Nötige enthält; ohne diese Option verweisen die Fälle auf die Bilder an ihrem Speicherort.</translation>
    </message>
    <message>
        <source>%1 copied into the project&apos;s images/ folder
</source>
        <translation>%1 in den Ordner images/ des Projekts kopiert
</translation>
    </message>
    <message>
        <source>Reader: %1</source>
        <translation>Befunder: %1</translation>
    </message>
    <message>
        <source>there is no report to save yet</source>
        <translation>es gibt noch keinen Bericht zum Speichern</translation>
    </message>
    <message>
        <source>save the report as .pdf, .html, .csv or .json</source>
        <translation>speichern Sie den Bericht als .pdf, .html, .csv oder .json</translation>
    </message>
    <message>
        <source>save the report as .pdf, .html or .json</source>
        <translation>speichern Sie den Bericht als .pdf, .html oder .json</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;Webseite (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;Webseite (*.html);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) with a single rating are not pairable and were left out</source>
        <translation>
            <numerusform>%n Einheit mit nur einer Bewertung ist nicht paarbar und wurde ausgelassen</numerusform>
            <numerusform>%n Einheiten mit nur einer Bewertung sind nicht paarbar und wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) with a single rating count only toward category prevalence</source>
        <translation>
            <numerusform>%n Einheit mit nur einer Bewertung zählt nur zur Kategorieprävalenz</numerusform>
            <numerusform>%n Einheiten mit nur einer Bewertung zählen nur zur Kategorieprävalenz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) rated by only one of %1 and %2 were left out</source>
        <translation>
            <numerusform>%n Einheit, die nur von %1 oder %2 bewertet wurde, wurde ausgelassen</numerusform>
            <numerusform>%n Einheiten, die nur von %1 oder %2 bewertet wurden, wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>concord-cli: going on with %n problem(s) (--allow-damaged)
</source>
        <translation>
            <numerusform>concord-cli: Fortsetzung trotz %n Problem (--allow-damaged)
</numerusform>
            <numerusform>concord-cli: Fortsetzung trotz %n Problemen (--allow-damaged)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>concord-cli: the project has %n problem(s); nothing was done. Repair them, or run again with --allow-damaged to go on without what they lost.
</source>
        <translation>
            <numerusform>concord-cli: Das Projekt hat %n Problem; es wurde nichts getan. Beheben Sie es oder führen Sie den Befehl erneut mit --allow-damaged aus, um ohne das Verlorene fortzufahren.
</numerusform>
            <numerusform>concord-cli: Das Projekt hat %n Probleme; es wurde nichts getan. Beheben Sie sie oder führen Sie den Befehl erneut mit --allow-damaged aus, um ohne das Verlorene fortzufahren.
</numerusform>
        </translation>
    </message>
    <message>
        <source>category %1: &quot;name&quot; must be a non-empty string</source>
        <translation>Kategorie %1: „name“ muss ein nicht-leerer String sein</translation>
    </message>
    <message>
        <source>cannot replace file</source>
        <translation>Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>TIFF image size %1 x %2 is not plausible</source>
        <translation>TIFF-Bildgröße %1 x %2 ist nicht plausibel</translation>
    </message>
    <message>
        <source>TIFF samples of %1 bits (format %2) are not read by tile</source>
        <translation>TIFF-Samples mit %1 Bits (Format %2) werden nicht kachelweise gelesen</translation>
    </message>
    <message>
        <source>TIFF with %1 separate sample planes is not read by tile</source>
        <translation>TIFF mit %1 getrennten Sample-Ebenen wird nicht kachelweise gelesen</translation>
    </message>
    <message>
        <source>TIFF compression %1 is not supported</source>
        <translation>TIFF-Kompression %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>TIFF YCbCr without JPEG is not read by tile</source>
        <translation>TIFF-YCbCr ohne JPEG wird nicht kachelweise gelesen</translation>
    </message>
    <message>
        <source>TIFF photometric interpretation %1 is not read by tile</source>
        <translation>TIFF-Photometric-Interpretation %1 wird nicht kachelweise gelesen</translation>
    </message>
    <message>
        <source>TIFF tiles or strips have no plausible size</source>
        <translation>TIFF-Kacheln oder -Streifen haben keine plausible Größe</translation>
    </message>
    <message>
        <source>not a readable TIFF file</source>
        <translation>keine lesbare TIFF-Datei</translation>
    </message>
    <message>
        <source>TIFF level is unreadable</source>
        <translation>TIFF-Ebene ist nicht lesbar</translation>
    </message>
    <message>
        <source>the TIFF file changed while it was open</source>
        <translation>die TIFF-Datei wurde geändert, während sie geöffnet war</translation>
    </message>
    <message>
        <source>TIFF block %1, %2 is outside the image</source>
        <translation>TIFF-Block %1, %2 liegt außerhalb des Bildes</translation>
    </message>
    <message>
        <source>TIFF block %1, %2 is unreadable</source>
        <translation>TIFF-Block %1, %2 ist nicht lesbar</translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation>das Öffnen wurde abgebrochen</translation>
    </message>
    <message>
        <source>changing a role needs an open session</source>
        <translation>das Ändern einer Rolle erfordert eine offene Sitzung</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this: change a reader&apos;s role</source>
        <translation>%1 (%2) darf dies nicht: die Rolle eines Befunders ändern</translation>
    </message>
    <message>
        <source>unknown annotator &quot;%1&quot;</source>
        <translation>unbekannter Annotator „%1“</translation>
    </message>
    <message>
        <source>%1 is the project&apos;s only lead: make someone else lead first</source>
        <translation>%1 ist die einzige Leitung des Projekts: Machen Sie zuerst jemand anderen zur Leitung</translation>
    </message>
    <message>
        <source>The accepted answers</source>
        <translation>Die akzeptierten Antworten</translation>
    </message>
    <message>
        <source>No annotators yet
</source>
        <translation>Noch keine Annotatoren
</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3, %n session(s)
</source>
        <translation>
            <numerusform>%1  %2  %3, %n Sitzung
</numerusform>
            <numerusform>%1  %2  %3, %n Sitzungen
</numerusform>
        </translation>
    </message>
    <message>
        <source>The people of a project and their roles (annotator, reviewer, adjudicator, lead).
  annotator list &lt;project&gt; [--json]
  annotator add &lt;project&gt; ID [--name NAME] [--role ROLE]   a new profile, as the window&apos;s &quot;Who is labeling?&quot; makes one: its role is taken on trust
  annotator set-role &lt;project&gt; ID ROLE --as LEAD   leads only; the project keeps at least one lead
Each session&apos;s journal records the role it ran with.</source>
        <translation>Die Personen eines Projekts und ihre Rollen (Annotator, Prüfer, Adjudikator, Leitung).
  annotator list &lt;Projekt&gt; [--json]
  annotator add &lt;Projekt&gt; ID [--name NAME] [--role ROLE]   ein neues Profil, wie es „Wer labelt?“ im Fenster anlegt: Seine Rolle wird ungeprüft übernommen
  annotator set-role &lt;Projekt&gt; ID ROLE --as LEAD   nur Leitung; das Projekt behält mindestens eine Leitung
Das Journal jeder Sitzung verzeichnet die Rolle, mit der sie lief.</translation>
    </message>
    <message>
        <source>list, add or set-role.</source>
        <translation>list, add oder set-role.</translation>
    </message>
    <message>
        <source>What the action takes.</source>
        <translation>Was die Aktion erwartet.</translation>
    </message>
    <message>
        <source>add: the display name (the id when not given).</source>
        <translation>add: der Anzeigename (die ID, falls nicht angegeben).</translation>
    </message>
    <message>
        <source>add: the role (annotator when not given).</source>
        <translation>add: die Rolle (annotator, falls nicht angegeben).</translation>
    </message>
    <message>
        <source>set-role: the lead who changes it.</source>
        <translation>set-role: die Leitung, die sie ändert.</translation>
    </message>
    <message>
        <source>wrong number of arguments for %1</source>
        <translation>falsche Anzahl an Argumenten für %1</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use annotator, reviewer, adjudicator or lead</source>
        <translation>unbekannte Rolle „%1“; verwenden Sie annotator, reviewer, adjudicator oder lead</translation>
    </message>
    <message>
        <source>set-role needs --as &lt;lead&gt;: who changes the role</source>
        <translation>set-role benötigt --as &lt;Leitung&gt;: wer die Rolle ändert</translation>
    </message>
    <message>
        <source>%1 already has an annotator &quot;%2&quot;; to change the role, use set-role</source>
        <translation>%1 hat bereits einen Annotator „%2“; um die Rolle zu ändern, verwenden Sie set-role</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3
</source>
        <translation>%1 (%2) als %3 hinzugefügt
</translation>
    </message>
    <message>
        <source>%1 is now %2
</source>
        <translation>%1 ist jetzt %2
</translation>
    </message>
    <message numerus="yes">
        <source>%1  &quot;%2&quot; by %3, guideline v%4, %n item(s)
</source>
        <translation>
            <numerusform>%1  „%2“ von %3, Leitfaden v%4, %n Fall
</numerusform>
            <numerusform>%1  „%2“ von %3, Leitfaden v%4, %n Fälle
</numerusform>
        </translation>
    </message>
    <message>
        <source>    %1: %2 of %3 submitted
</source>
        <translation>    %1: %2 von %3 abgegeben
</translation>
    </message>
    <message>
        <source>there is no item &quot;%1&quot;</source>
        <translation>es gibt keinen Fall „%1“</translation>
    </message>
    <message>
        <source>create: its name.</source>
        <translation>create: ihr Name.</translation>
    </message>
    <message>
        <source>create: who reads it.</source>
        <translation>create: wer sie befundet.</translation>
    </message>
    <message>
        <source>create: how many items (20).</source>
        <translation>create: wie viele Fälle (20).</translation>
    </message>
    <message>
        <source>create: how items are picked (stratified).</source>
        <translation>create: wie Fälle ausgewählt werden (stratified).</translation>
    </message>
    <message>
        <source>create: the items (ids or paths), picked by hand.</source>
        <translation>create: die Fälle (IDs oder Pfade), von Hand ausgewählt.</translation>
    </message>
    <message>
        <source>create: the same seed picks the same items.</source>
        <translation>create: Derselbe Startwert wählt dieselben Fälle.</translation>
    </message>
    <message>
        <source>create: the guideline version read under.</source>
        <translation>create: die Leitfadenversion, unter der befundet wird.</translation>
    </message>
    <message>
        <source>unknown sampling &quot;%1&quot;; use random, stratified or hand</source>
        <translation>unbekannte Stichprobenart „%1“; verwenden Sie random, stratified oder hand</translation>
    </message>
    <message>
        <source>--count takes a positive number, not &quot;%1&quot;</source>
        <translation>--count erwartet eine positive Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>--seed takes a number, not &quot;%1&quot;</source>
        <translation>--seed erwartet eine Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>hand sampling needs --items ID,ID,...</source>
        <translation>Auswahl von Hand benötigt --items ID,ID,...</translation>
    </message>
    <message>
        <source>--guideline takes a version number, not &quot;%1&quot;</source>
        <translation>--guideline erwartet eine Versionsnummer, nicht „%1“</translation>
    </message>
    <message>
        <source>a calibration session needs at least two readers (%1 given); name them with --readers</source>
        <translation>eine Kalibrierungssitzung benötigt mindestens zwei Befunder (%1 angegeben); nennen Sie sie mit --readers</translation>
    </message>
    <message numerus="yes">
        <source>Created calibration session %1 &quot;%2&quot;: %n item(s)</source>
        <translation>
            <numerusform>Kalibrierungssitzung %1 „%2“ erstellt: %n Fall</numerusform>
            <numerusform>Kalibrierungssitzung %1 „%2“ erstellt: %n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>, readers %1
</source>
        <translation>, Befunder %1
</translation>
    </message>
    <message>
        <source>Calibration review of &quot;%1&quot;: %2 items (%3 rated), %4 readers
</source>
        <translation>Kalibrierungsauswertung von „%1“: %2 Fälle (%3 bewertet), %4 Befunder
</translation>
    </message>
    <message>
        <source>Percent agreement %1, Fleiss&apos; kappa %2%3
</source>
        <translation>Prozentuale Übereinstimmung %1, Fleiss’ Kappa %2%3
</translation>
    </message>
    <message>
        <source> (labels pooled)</source>
        <translation> (Labels gepoolt)</translation>
    </message>
    <message>
        <source>Most disputed first:
</source>
        <translation>Die strittigsten zuerst:
</translation>
    </message>
    <message>
        <source>  %1  disagreement %2, %3 readers: %4
</source>
        <translation>  %1  Nichtübereinstimmung %2, %3 Befunder: %4
</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>keine Labels</translation>
    </message>
    <message>
        <source>Calibration sessions: the same items read blind by several readers, then reviewed together (Team &gt; New calibration session… and Calibration review… in the window).
  calibration create &lt;project&gt; --as LEAD [--name NAME] [--readers ID,ID,...] [--count N] [--sampling stratified|random|hand] [--items ID,...] [--seed N] [--guideline V]
  calibration list &lt;project&gt; [--json]          every session and each reader&apos;s progress
  calibration status &lt;project&gt; PLAN [--json]   one session&apos;s progress
  calibration review &lt;project&gt; PLAN [--json]   agreement and the most disputed items
By default the readers are every annotator whose role is annotator, and 20 items are picked stratified by their current label, as the window proposes. Readers read the session in the window (Team &gt; Read calibration session…).</source>
        <translation>Kalibrierungssitzungen: dieselben Fälle, verblindet von mehreren Befundern befundet und dann gemeinsam besprochen (Team &gt; Neue Kalibrierungssitzung… und Kalibrierung auswerten… im Fenster).
  calibration create &lt;Projekt&gt; --as LEAD [--name NAME] [--readers ID,ID,...] [--count N] [--sampling stratified|random|hand] [--items ID,...] [--seed N] [--guideline V]
  calibration list &lt;Projekt&gt; [--json]          jede Sitzung und der Fortschritt jedes Befunders
  calibration status &lt;Projekt&gt; PLAN [--json]   der Fortschritt einer Sitzung
  calibration review &lt;Projekt&gt; PLAN [--json]   Übereinstimmung und die strittigsten Fälle
Standardmäßig sind die Befunder alle Annotatoren mit der Rolle annotator, und 20 Fälle werden nach ihrem aktuellen Label stratifiziert ausgewählt, wie es das Fenster vorschlägt. Die Befunder befunden die Sitzung im Fenster (Team &gt; Kalibrierungssitzung befunden…).</translation>
    </message>
    <message>
        <source>create, list, status or review.</source>
        <translation>create, list, status oder review.</translation>
    </message>
    <message>
        <source>The session&apos;s id or name.</source>
        <translation>ID oder Name der Sitzung.</translation>
    </message>
    <message>
        <source>create: the lead who sets it up.</source>
        <translation>create: die Leitung, die sie einrichtet.</translation>
    </message>
    <message>
        <source>create needs --as &lt;lead&gt;: who sets the session up</source>
        <translation>create benötigt --as &lt;Leitung&gt;: wer die Sitzung einrichtet</translation>
    </message>
    <message>
        <source>No calibration session yet
</source>
        <translation>Noch keine Kalibrierungssitzung
</translation>
    </message>
    <message>
        <source>%1 has no calibration session &quot;%2&quot;</source>
        <translation>%1 hat keine Kalibrierungssitzung „%2“</translation>
    </message>
    <message>
        <source>Score readers against gold items; gold tests</source>
        <translation>Befunder an Gold-Fällen messen; Goldtests</translation>
    </message>
    <message>
        <source>List, change or check the taxonomy against how readers use it</source>
        <translation>Taxonomie auflisten, ändern oder gegen ihre Verwendung durch die Befunder prüfen</translation>
    </message>
    <message>
        <source>List, show, publish or compare guideline versions</source>
        <translation>Leitfadenversionen auflisten, anzeigen, veröffentlichen oder vergleichen</translation>
    </message>
    <message>
        <source>List or add annotators; set their roles</source>
        <translation>Annotatoren auflisten oder hinzufügen; ihre Rollen festlegen</translation>
    </message>
    <message>
        <source>Set up, follow and review calibration sessions</source>
        <translation>Kalibrierungssitzungen einrichten, verfolgen und auswerten</translation>
    </message>
    <message>
        <source>List or record reference (gold) labels</source>
        <translation>Referenzlabels (Gold) auflisten oder erfassen</translation>
    </message>
    <message>
        <source>Each reader&apos;s throughput and active time</source>
        <translation>Durchsatz und aktive Zeit jedes Befunders</translation>
    </message>
    <message>
        <source>no item qualifies: a gold test uses items with a reference label (concord-cli reference set) that these readers have not read and that the guideline does not show as an example</source>
        <translation>kein Fall kommt infrage: Ein Goldtest verwendet Fälle mit Referenzlabel (concord-cli reference set), die diese Befunder nicht befundet haben und die der Leitfaden nicht als Beispiel zeigt</translation>
    </message>
    <message numerus="yes">
        <source>Created gold test %1 &quot;%2&quot;: %n item(s)</source>
        <translation>
            <numerusform>Goldtest %1 „%2“ erstellt: %n Fall</numerusform>
            <numerusform>Goldtest %1 „%2“ erstellt: %n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Gold test &quot;%1&quot;: %2 items
</source>
        <translation>Goldtest „%1“: %2 Fälle
</translation>
    </message>
    <message>
        <source>  %1: %2 submitted, %3 of %4 correct, kappa %5
</source>
        <translation>  %1: %2 abgegeben, %3 von %4 korrekt, Kappa %5
</translation>
    </message>
    <message>
        <source>Gold items and gold tests.
  gold &lt;project&gt; score [--json]   every reader against the project&apos;s gold items (items with a reference label), flagging those below the quality policy&apos;s reader score threshold
  gold &lt;project&gt; create --as LEAD [--name NAME] [--readers ID,ID,...] [--count N] [--seed N]   a gold test, as Team &gt; Start gold test…: items with a reference label the readers have not read (all, or a random N)
  gold &lt;project&gt; list [--json]          every gold test and each reader&apos;s progress
  gold &lt;project&gt; result TEST [--json]   a gold test&apos;s scores (accuracy, kappa)
The action may also come first: gold create &lt;project&gt; ...</source>
        <translation>Gold-Fälle und Goldtests.
  gold &lt;Projekt&gt; score [--json]   jeder Befunder gegen die Gold-Fälle des Projekts (Fälle mit Referenzlabel), markiert wird, wer unter dem Befunder-Score-Schwellenwert der Qualitätsrichtlinie liegt
  gold &lt;Projekt&gt; create --as LEAD [--name NAME] [--readers ID,ID,...] [--count N] [--seed N]   ein Goldtest wie über Team &gt; Goldtest starten…: Fälle mit Referenzlabel, die die Befunder nicht befundet haben (alle oder zufällige N)
  gold &lt;Projekt&gt; list [--json]          jeder Goldtest und der Fortschritt jedes Befunders
  gold &lt;Projekt&gt; result TEST [--json]   die Scores eines Goldtests (Genauigkeit, Kappa)
Die Aktion darf auch zuerst stehen: gold create &lt;Projekt&gt; ...</translation>
    </message>
    <message>
        <source>score, create, list or result.</source>
        <translation>score, create, list oder result.</translation>
    </message>
    <message>
        <source>result: the gold test.</source>
        <translation>result: der Goldtest.</translation>
    </message>
    <message>
        <source>create: who takes it.</source>
        <translation>create: wer ihn absolviert.</translation>
    </message>
    <message>
        <source>create: only a random sample of N items.</source>
        <translation>create: nur eine Zufallsstichprobe von N Fällen.</translation>
    </message>
    <message>
        <source>create: the same seed picks the same sample.</source>
        <translation>create: Derselbe Startwert wählt dieselbe Stichprobe.</translation>
    </message>
    <message>
        <source>create needs --as &lt;lead&gt;: who sets the gold test up</source>
        <translation>create benötigt --as &lt;Leitung&gt;: wer den Goldtest einrichtet</translation>
    </message>
    <message>
        <source>No gold test yet
</source>
        <translation>Noch kein Goldtest
</translation>
    </message>
    <message>
        <source>%1 has no gold test &quot;%2&quot;</source>
        <translation>%1 hat keinen Goldtest „%2“</translation>
    </message>
    <message>
        <source>there is no guideline version &quot;%1&quot;</source>
        <translation>es gibt keine Leitfadenversion „%1“</translation>
    </message>
    <message>
        <source>%1 version %2  %3  %4: %5
</source>
        <translation>%1 Version %2  %3  %4: %5
</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Guideline version %1 to %2
Text:
</source>
        <translation>Leitfadenversion %1 bis %2
Text:
</translation>
    </message>
    <message>
        <source>(the text is the same)</source>
        <translation>(der Text ist gleich)</translation>
    </message>
    <message>
        <source>Taxonomy:
</source>
        <translation>Taxonomie:
</translation>
    </message>
    <message>
        <source>(the taxonomy is the same)</source>
        <translation>(die Taxonomie ist gleich)</translation>
    </message>
    <message>
        <source>The labeling guideline&apos;s versions, as the window&apos;s guideline panel and its Compare… show them, and publishing the next one as Team &gt; New guideline version… does.
  guideline list &lt;project&gt; [--json]
  guideline show &lt;project&gt; [VERSION] [--json]       the text (the current version)
  guideline publish &lt;project&gt; FILE --as LEAD --summary TEXT   FILE (Markdown) becomes the next version; the taxonomy stays as it is
  guideline diff &lt;project&gt; [FROM [TO]] [--json]   what changed, text and taxonomy (the latest version against the one before)</source>
        <translation>Die Versionen des Annotationsleitfadens, wie sie das Leitfaden-Panel des Fensters und dessen Vergleichen… zeigen, und das Veröffentlichen der nächsten Version wie über Team &gt; Neue Leitfadenversion….
  guideline list &lt;Projekt&gt; [--json]
  guideline show &lt;Projekt&gt; [VERSION] [--json]       der Text (die aktuelle Version)
  guideline publish &lt;Projekt&gt; FILE --as LEAD --summary TEXT   FILE (Markdown) wird die nächste Version; die Taxonomie bleibt unverändert
  guideline diff &lt;Projekt&gt; [FROM [TO]] [--json]   was sich geändert hat, Text und Taxonomie (die neueste Version gegenüber der vorherigen)</translation>
    </message>
    <message>
        <source>list, show, publish or diff.</source>
        <translation>list, show, publish oder diff.</translation>
    </message>
    <message>
        <source>publish: the lead who publishes.</source>
        <translation>publish: die Leitung, die veröffentlicht.</translation>
    </message>
    <message>
        <source>publish: what changed, in one line.</source>
        <translation>publish: was sich geändert hat, in einer Zeile.</translation>
    </message>
    <message>
        <source>publish needs --as &lt;lead&gt;: who publishes the version</source>
        <translation>publish benötigt --as &lt;Leitung&gt;: wer die Version veröffentlicht</translation>
    </message>
    <message>
        <source>publish needs --summary: what changed, in one line</source>
        <translation>publish benötigt --summary: was sich geändert hat, in einer Zeile</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>Published guideline version %1: %2
</source>
        <translation>Leitfadenversion %1 veröffentlicht: %2
</translation>
    </message>
    <message>
        <source>Taxonomy: added %1 for the import of %2</source>
        <translation>Taxonomie: %1 für den Import von %2 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>Added %n label(s) to the taxonomy</source>
        <translation>
            <numerusform>%n Label zur Taxonomie hinzugefügt</numerusform>
            <numerusform>%n Labels zur Taxonomie hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1), published as guideline version %2
</source>
        <translation> (%1), veröffentlicht als Leitfadenversion %2
</translation>
    </message>
    <message>
        <source>Import the boxes, polygons and masks (RLE, compressed or not) of a COCO file as one annotator&apos;s work, in a new session. Images are matched to items by file name, categories to labels by name. The whole file is checked first: on any problem nothing is written. Annotations imported before (as this annotator) are left out, so running it again after an interruption neither duplicates nor loses work.
A category no label matches refuses the file, unless --add-labels: its categories the taxonomy lacks then become labels (under the label their supercategory names, when there is one), published with a new guideline version by the lead --as names, as the window&apos;s taxonomy editor would; the whole file is checked against the taxonomy with them before anything is written.</source>
        <translation>Die Boxen, Polygone und Masken (RLE, komprimiert oder nicht) einer COCO-Datei als Arbeit eines Annotators in einer neuen Sitzung importieren. Bilder werden Fällen über den Dateinamen zugeordnet, Kategorien Labels über den Namen. Die ganze Datei wird zuerst geprüft: Bei jedem Problem wird nichts geschrieben. Früher (als dieser Annotator) importierte Annotationen werden ausgelassen, sodass ein erneuter Lauf nach einer Unterbrechung weder Arbeit verdoppelt noch verliert.
Eine Kategorie, zu der kein Label passt, führt zur Ablehnung der Datei, außer mit --add-labels: Dann werden die Kategorien, die der Taxonomie fehlen, zu Labels (unter dem Label, das ihre Superkategorie nennt, falls vorhanden) und mit einer neuen Leitfadenversion durch die mit --as genannte Leitung veröffentlicht, wie es der Taxonomie-Editor des Fensters täte; die ganze Datei wird mit ihnen gegen die Taxonomie geprüft, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Add the file&apos;s categories the taxonomy lacks as labels first.</source>
        <translation>Die Kategorien der Datei, die der Taxonomie fehlen, zuerst als Labels hinzufügen.</translation>
    </message>
    <message>
        <source>With --add-labels: the lead who adds the labels.</source>
        <translation>Mit --add-labels: die Leitung, die die Labels hinzufügt.</translation>
    </message>
    <message>
        <source>--add-labels needs --as &lt;lead&gt;: who adds the labels</source>
        <translation>--add-labels benötigt --as &lt;Leitung&gt;: wer die Labels hinzufügt</translation>
    </message>
    <message>
        <source>categories that are not labels of the project: %1; --add-labels --as LEAD adds them</source>
        <translation>Kategorien, die keine Labels des Projekts sind: %1; --add-labels --as LEAD fügt sie hinzu</translation>
    </message>
    <message>
        <source>unknown %1 action &quot;%2&quot;; use %3</source>
        <translation>unbekannte %1-Aktion „%2“; verwenden Sie %3</translation>
    </message>
    <message>
        <source>the taxonomy has no label with id %1</source>
        <translation>die Taxonomie hat kein Label mit der ID %1</translation>
    </message>
    <message>
        <source>the taxonomy has no label &quot;%1&quot;</source>
        <translation>die Taxonomie hat kein Label „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 labels (%3): give its path or id</source>
        <translation>„%1“ bezeichnet %2 Labels (%3): Geben Sie den Pfad oder die ID an</translation>
    </message>
    <message>
        <source>%1  %2  (%3, %4)%5
</source>
        <translation>%1  %2  (%3, %4)%5
</translation>
    </message>
    <message>
        <source>none of the labels</source>
        <translation>keines der Labels</translation>
    </message>
    <message>
        <source>No reference label yet
</source>
        <translation>Noch kein Referenzlabel
</translation>
    </message>
    <message>
        <source>Reference (gold) labels of items: the settled answer gold items and gold tests score readers against, recorded by leads and adjudicators as in the calibration review.
  reference list &lt;project&gt; [--json]
  reference set &lt;project&gt; ITEM LABEL[,LABEL...] --as LEAD|ADJUDICATOR [--note TEXT]
ITEM is an item id or file path; LABEL an id, path or unique name; &quot;none&quot; records that none of the labels applies. A new reference replaces the item&apos;s earlier one.</source>
        <translation>Referenzlabels (Gold) von Fällen: die festgelegte Antwort, an der Gold-Fälle und Goldtests die Befunder messen, erfasst von Leitung und Adjudikatoren wie in der Kalibrierungsauswertung.
  reference list &lt;Projekt&gt; [--json]
  reference set &lt;Projekt&gt; ITEM LABEL[,LABEL...] --as LEAD|ADJUDICATOR [--note TEXT]
ITEM ist eine Fall-ID oder ein Dateipfad; LABEL eine ID, ein Pfad oder ein eindeutiger Name; „none“ hält fest, dass keines der Labels zutrifft. Eine neue Referenz ersetzt die frühere des Falls.</translation>
    </message>
    <message>
        <source>list or set.</source>
        <translation>list oder set.</translation>
    </message>
    <message>
        <source>set: ITEM LABELS.</source>
        <translation>set: ITEM LABELS.</translation>
    </message>
    <message>
        <source>set: the lead or adjudicator who records it.</source>
        <translation>set: die Leitung oder der Adjudikator, die bzw. der sie erfasst.</translation>
    </message>
    <message>
        <source>set: why, kept with the reference.</source>
        <translation>set: die Begründung, wird mit der Referenz gespeichert.</translation>
    </message>
    <message>
        <source>set needs --as &lt;annotator&gt;: who records the reference</source>
        <translation>set benötigt --as &lt;Annotator&gt;: wer die Referenz erfasst</translation>
    </message>
    <message>
        <source>Recorded the reference label of %1
</source>
        <translation>Referenzlabel von %1 erfasst
</translation>
    </message>
    <message>
        <source>%1 done, active %2 h %3 min, %4 items/h</source>
        <translation>%1 fertig, aktiv %2 h %3 min, %4 Fälle/h</translation>
    </message>
    <message>
        <source>Each reader&apos;s throughput from the journals&apos; timestamps, as the window&apos;s Sessions panel shows it: items done, active time (pauses longer than the idle limit left out) and items per hour, per reader and, with --sessions, per session.
  statistics &lt;project&gt; [--json] [--sessions] [--idle-minutes N]</source>
        <translation>Der Durchsatz jedes Befunders aus den Zeitstempeln der Journale, wie ihn das Sitzungs-Panel des Fensters zeigt: fertige Fälle, aktive Zeit (Pausen über dem Leerlauflimit ausgenommen) und Fälle pro Stunde, je Befunder und mit --sessions je Sitzung.
  statistics &lt;Projekt&gt; [--json] [--sessions] [--idle-minutes N]</translation>
    </message>
    <message>
        <source>Also list every session.</source>
        <translation>Zusätzlich jede Sitzung auflisten.</translation>
    </message>
    <message>
        <source>A pause longer than this is a break, not work (2).</source>
        <translation>Eine Pause, die länger ist als dieser Wert, gilt als Unterbrechung, nicht als Arbeit (2).</translation>
    </message>
    <message>
        <source>--idle-minutes takes a positive number, not &quot;%1&quot;</source>
        <translation>--idle-minutes erwartet eine positive Zahl, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n session(s), </source>
        <translation>
            <numerusform>%1 (%2): %n Sitzung, </numerusform>
            <numerusform>%1 (%2): %n Sitzungen, </numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>  %1 %2: </source>
        <translation>  %1 %2: </translation>
    </message>
    <message>
        <source>No sessions yet
</source>
        <translation>Noch keine Sitzungen
</translation>
    </message>
    <message>
        <source>check, list, add, rename, edit, remove or leaf-only.</source>
        <translation>check, list, add, rename, edit, remove oder leaf-only.</translation>
    </message>
    <message>
        <source>The lead who makes the change.</source>
        <translation>Die Leitung, die die Änderung vornimmt.</translation>
    </message>
    <message>
        <source>add, edit: the label to put it under.</source>
        <translation>add, edit: das Label, unter das es eingeordnet wird.</translation>
    </message>
    <message>
        <source>edit: move it to the top level.</source>
        <translation>edit: auf die oberste Ebene verschieben.</translation>
    </message>
    <message>
        <source>edit: put it before this sibling.</source>
        <translation>edit: vor dieses Geschwister setzen.</translation>
    </message>
    <message>
        <source>edit: the new name.</source>
        <translation>edit: der neue Name.</translation>
    </message>
    <message>
        <source>add, edit: colour, #rrggbb.</source>
        <translation>add, edit: Farbe, #rrggbb.</translation>
    </message>
    <message>
        <source>add, edit: the key that picks it (&quot;&quot; for none).</source>
        <translation>add, edit: die Taste, die es auswählt (&quot;&quot; für keine).</translation>
    </message>
    <message>
        <source>add, edit: what the label means.</source>
        <translation>add, edit: was das Label bedeutet.</translation>
    </message>
    <message>
        <source>add, edit: an attribute, NAME:nominal|ordinal:VALUE,VALUE,... (ordinal values in rank order); replaces one of the same name. Repeat for more.</source>
        <translation>add, edit: ein Attribut, NAME:nominal|ordinal:VALUE,VALUE,... (ordinale Werte in Rangfolge); ersetzt ein gleichnamiges. Für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>edit: drop this attribute.</source>
        <translation>edit: dieses Attribut entfernen.</translation>
    </message>
    <message>
        <source>The change summary of the guideline version that publishes the change.</source>
        <translation>Die Änderungszusammenfassung der Leitfadenversion, die die Änderung veröffentlicht.</translation>
    </message>
    <message numerus="yes">
        <source>Taxonomy of %1 (guideline version %2): %n label(s)</source>
        <translation>
            <numerusform>Taxonomie von %1 (Leitfadenversion %2): %n Label</numerusform>
            <numerusform>Taxonomie von %1 (Leitfadenversion %2): %n Labels</numerusform>
        </translation>
    </message>
    <message>
        <source>, leaf labels only</source>
        <translation>, nur Blatt-Labels</translation>
    </message>
    <message>
        <source>  key %1</source>
        <translation>  Taste %1</translation>
    </message>
    <message>
        <source>  (category)</source>
        <translation>  (Kategorie)</translation>
    </message>
    <message>
        <source>a label needs a name</source>
        <translation>ein Label benötigt einen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour: use #rrggbb</source>
        <translation>„%1“ ist keine Farbe: Verwenden Sie #rrggbb</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; has no attribute &quot;%2&quot;</source>
        <translation>Label „%1“ hat kein Attribut „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME:nominal|ordinal:VALUE,VALUE,...</source>
        <translation>„%1“ hat nicht die Form NAME:nominal|ordinal:VALUE,VALUE,...</translation>
    </message>
    <message>
        <source>leaf-only takes on or off, not &quot;%1&quot;</source>
        <translation>leaf-only erwartet on oder off, nicht „%1“</translation>
    </message>
    <message>
        <source>Taxonomy: only leaf labels may be chosen</source>
        <translation>Taxonomie: nur Blatt-Labels sind wählbar</translation>
    </message>
    <message>
        <source>Taxonomy: every label may be chosen</source>
        <translation>Taxonomie: alle Labels sind wählbar</translation>
    </message>
    <message>
        <source>Taxonomy: added &quot;%1&quot;</source>
        <translation>Taxonomie: „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Taxonomy: removed &quot;%1&quot;</source>
        <translation>Taxonomie: „%1“ entfernt</translation>
    </message>
    <message>
        <source>rename needs the new name</source>
        <translation>rename benötigt den neuen Namen</translation>
    </message>
    <message>
        <source>Taxonomy: renamed &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Taxonomie: „%1“ in „%2“ umbenannt</translation>
    </message>
    <message>
        <source>cannot move &quot;%1&quot; there: not into itself, and --before must name a sibling at the new place</source>
        <translation>„%1“ kann nicht dorthin verschoben werden: nicht in sich selbst, und --before muss ein Geschwister an der neuen Stelle nennen</translation>
    </message>
    <message>
        <source>Taxonomy: changed &quot;%1&quot;</source>
        <translation>Taxonomie: „%1“ geändert</translation>
    </message>
    <message>
        <source>%1 needs --as &lt;lead&gt;: who changes the taxonomy</source>
        <translation>%1 benötigt --as &lt;Leitung&gt;: wer die Taxonomie ändert</translation>
    </message>
    <message>
        <source>--parent and --top-level exclude each other</source>
        <translation>--parent und --top-level schließen einander aus</translation>
    </message>
    <message>
        <source>Nothing to change: the taxonomy is as asked
</source>
        <translation>Nichts zu ändern: Die Taxonomie ist bereits wie gewünscht
</translation>
    </message>
    <message>
        <source>concord-cli: warning: %1
</source>
        <translation>concord-cli: Warnung: %1
</translation>
    </message>
    <message>
        <source>concord-cli: warning: annotations use the removed label; they keep its id %1
</source>
        <translation>concord-cli: Warnung: Annotationen verwenden das entfernte Label; sie behalten seine ID %1
</translation>
    </message>
    <message>
        <source>Calibration round 1</source>
        <translation>Kalibrierungsrunde 1</translation>
    </message>
    <message>
        <source>cannot load the image codecs: %1</source>
        <translation>die Bild-Codecs können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (not there)</source>
        <translation>%1 (nicht vorhanden)</translation>
    </message>
    <message>
        <source>%1 (has no %2)</source>
        <translation>%1 (hat kein %2)</translation>
    </message>
    <message>
        <source>%1 (version %2, this program needs %3)</source>
        <translation>%1 (Version %2, dieses Programm benötigt %3)</translation>
    </message>
    <message>
        <source>no place to look: the program&apos;s own path is unknown</source>
        <translation>kein Suchort: Der eigene Pfad des Programms ist unbekannt</translation>
    </message>
    <message>
        <source>looked for %1</source>
        <translation>gesucht nach %1</translation>
    </message>
    <message>
        <source>cannot load the PDF painter: %1</source>
        <translation>das PDF-Zeichenmodul kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>cannot paint a PDF: the program did not start QtGui</source>
        <translation>PDF kann nicht gezeichnet werden: Das Programm hat QtGui nicht gestartet</translation>
    </message>
    <message numerus="yes">
        <source>the given class prevalences are not %n positive values summing to 1; they are estimated instead</source>
        <translation>
            <numerusform>die angegebenen Klassenprävalenzen sind nicht %n positiver Wert mit Summe 1; sie werden stattdessen geschätzt</numerusform>
            <numerusform>die angegebenen Klassenprävalenzen sind nicht %n positive Werte mit Summe 1; sie werden stattdessen geschätzt</numerusform>
        </translation>
    </message>
    <message>
        <source>no splits were asked for</source>
        <translation>es wurden keine Teilmengen angefordert</translation>
    </message>
    <message numerus="yes">
        <source>%1 split names for %n ratio(s)</source>
        <translation>
            <numerusform>%1 Teilmengennamen für %n Sollanteil</numerusform>
            <numerusform>%1 Teilmengennamen für %n Sollanteile</numerusform>
        </translation>
    </message>
    <message>
        <source>a split name is empty</source>
        <translation>ein Teilmengenname ist leer</translation>
    </message>
    <message>
        <source>the split name &quot;%1&quot; is given twice</source>
        <translation>der Teilmengenname „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <source>a ratio must be a number of at least 0, not %1</source>
        <translation>ein Sollanteil muss eine Zahl von mindestens 0 sein, nicht %1</translation>
    </message>
    <message>
        <source>the ratios add up to %1, not 1</source>
        <translation>die Sollanteile ergeben zusammen %1, nicht 1</translation>
    </message>
    <message>
        <source>the tolerance must be at least 0 and below 1</source>
        <translation>die Toleranz muss mindestens 0 und kleiner als 1 sein</translation>
    </message>
    <message>
        <source>%1 %2% (asked %3%)</source>
        <translation>%1 %2 % (angefordert %3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%1 splits need at least %1 groups, and the items form %n group(s); the shares are %2</source>
        <translation>
            <numerusform>%1 Teilmengen benötigen mindestens %1 Gruppen, und die Fälle bilden %n Gruppe; die Anteile sind %2</numerusform>
            <numerusform>%1 Teilmengen benötigen mindestens %1 Gruppen, und die Fälle bilden %n Gruppen; die Anteile sind %2</numerusform>
        </translation>
    </message>
    <message>
        <source>whole groups cannot meet the ratios within %1 percentage points: the shares are %2</source>
        <translation>mit ganzen Gruppen lassen sich die Sollanteile nicht auf %1 Prozentpunkte genau einhalten: Die Anteile sind %2</translation>
    </message>
    <message>
        <source>not an item keys file (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>keine Fallschlüsseldatei („format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>the keys of item &quot;%1&quot; are not an object</source>
        <translation>die Schlüssel von Fall „%1“ sind kein Objekt</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; of item &quot;%2&quot; is not a string</source>
        <translation>Schlüssel „%1“ von Fall „%2“ ist kein String</translation>
    </message>
    <message>
        <source>the header has no &quot;file&quot; column (it has: %1)</source>
        <translation>die Kopfzeile hat keine Spalte „file“ (sie hat: %1)</translation>
    </message>
    <message>
        <source>the &quot;file&quot; field is empty</source>
        <translation>das Feld „file“ ist leer</translation>
    </message>
    <message>
        <source>file &quot;%1&quot;: %2</source>
        <translation>Datei „%1“: %2</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; leads outside %2</source>
        <translation>Datei „%1“ führt aus %2 heraus</translation>
    </message>
    <message>
        <source>unknown file &quot;%1&quot;: there is no such file in %2</source>
        <translation>unbekannte Datei „%1“: In %2 gibt es keine solche Datei</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is not an image Concord imports</source>
        <translation>Datei „%1“ ist kein Bild, das Concord importiert</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is listed again (first on line %2)</source>
        <translation>Datei „%1“ ist erneut aufgeführt (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>has no pixels to compare</source>
        <translation>hat keine Pixel zum Vergleichen</translation>
    </message>
    <message>
        <source>not a splits file (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>keine Aufteilungsdatei („format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>a split version is not an object</source>
        <translation>eine Aufteilungsversion ist kein Objekt</translation>
    </message>
    <message>
        <source>version %1: a split name is not a string</source>
        <translation>Version %1: ein Teilmengenname ist kein String</translation>
    </message>
    <message>
        <source>version %1: a ratio is not a number</source>
        <translation>Version %1: ein Sollanteil ist keine Zahl</translation>
    </message>
    <message>
        <source>version %1: item &quot;%2&quot; is in no listed split</source>
        <translation>Version %1: Fall „%2“ ist in keiner aufgeführten Teilmenge</translation>
    </message>
    <message>
        <source>the project has no recorded split; make one with concord-cli split</source>
        <translation>das Projekt hat keine erfasste Aufteilung; erstellen Sie eine mit concord-cli split</translation>
    </message>
    <message>
        <source>version %1 has no split &quot;%2&quot; (it has: %3)</source>
        <translation>Version %1 hat keine Teilmenge „%2“ (sie hat: %3)</translation>
    </message>
    <message>
        <source>written by a newer Concord (version %1)</source>
        <translation>von einer neueren Concord-Version geschrieben (Version %1)</translation>
    </message>
    <message>
        <source>Burned In Annotation is YES: text drawn into the pixels may identify the patient and is not removed</source>
        <translation>Burned In Annotation ist YES: In die Pixel gezeichneter Text kann den Patienten identifizieren und wird nicht entfernt</translation>
    </message>
    <message>
        <source>Burned In Annotation is not stated: check the pixels for text that identifies the patient</source>
        <translation>Burned In Annotation ist nicht angegeben: Prüfen Sie die Pixel auf Text, der den Patienten identifiziert</translation>
    </message>
    <message>
        <source>cannot be read as DICOM (%1); nothing was written</source>
        <translation>kann nicht als DICOM gelesen werden (%1); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>has no SOP Instance UID, so it is not a DICOM instance; nothing was written</source>
        <translation>hat keine SOP Instance UID und ist daher keine DICOM-Instanz; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>item %1 (%2): %3</source>
        <translation>Fall %1 (%2): %3</translation>
    </message>
    <message>
        <source>not a DICOM image; a DICOM segmentation or report needs a DICOM source</source>
        <translation>kein DICOM-Bild; eine DICOM-Segmentierung oder ein DICOM-Bericht benötigt eine DICOM-Quelle</translation>
    </message>
    <message>
        <source>cannot read the DICOM file: %1</source>
        <translation>die DICOM-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file&apos;s SOP Instance UID %1 is not the item&apos;s %2 (was the file replaced?)</source>
        <translation>die SOP Instance UID %1 der Datei ist nicht die des Falls, %2 (wurde die Datei ersetzt?)</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels, but the item is %3 x %4 (columns x rows)</source>
        <translation>das Bild hat %1 x %2 Pixel, der Fall aber %3 x %4 (Spalten x Zeilen)</translation>
    </message>
    <message>
        <source>cannot convert its text to UTF-8: %1</source>
        <translation>sein Text kann nicht in UTF-8 umgewandelt werden: %1</translation>
    </message>
    <message>
        <source>reader %1: %2</source>
        <translation>Befunder %1: %2</translation>
    </message>
    <message>
        <source>item %1: cannot make its segmentation (%2): %3</source>
        <translation>Fall %1: Segmentierung kann nicht erstellt werden (%2): %3</translation>
    </message>
    <message>
        <source>cannot write the segmentation of item %1: %2</source>
        <translation>die Segmentierung von Fall %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>its masks and polygons are empty: no segmentation written</source>
        <translation>die Masken und Polygone sind leer: keine Segmentierung geschrieben</translation>
    </message>
    <message>
        <source>the mask of label &quot;%1&quot; covers columns %2 to %3 and rows %4 to %5, outside the image of %6 x %7 pixels: no segmentation written</source>
        <translation>die Maske von Label „%1“ überdeckt die Spalten %2 bis %3 und die Zeilen %4 bis %5, außerhalb des Bildes mit %6 x %7 Pixeln: keine Segmentierung geschrieben</translation>
    </message>
    <message>
        <source>no masks or polygons: no segmentation written</source>
        <translation>keine Masken oder Polygone: keine Segmentierung geschrieben</translation>
    </message>
    <message>
        <source>frame %1 names %2 source images in its Derivation Image Sequence; exactly one is needed</source>
        <translation>Frame %1 nennt %2 Quellbilder in seiner Derivation Image Sequence; genau eines ist erforderlich</translation>
    </message>
    <message>
        <source>not a DICOM segmentation (SOP Class UID %1)</source>
        <translation>keine DICOM-Segmentierung (SOP Class UID %1)</translation>
    </message>
    <message>
        <source>cannot read the segmentation: %1</source>
        <translation>die Segmentierung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a fractional segmentation; only binary ones can be read as masks</source>
        <translation>eine fraktionale Segmentierung; nur binäre können als Masken gelesen werden</translation>
    </message>
    <message>
        <source>frame %1 refers to no segment</source>
        <translation>Frame %1 verweist auf kein Segment</translation>
    </message>
    <message>
        <source>frame %1 was drawn on SOP Instance UID %2, which no item of the project has</source>
        <translation>Frame %1 wurde auf SOP Instance UID %2 gezeichnet, die kein Fall des Projekts hat</translation>
    </message>
    <message>
        <source>the segmentation is %1 x %2 pixels, but item %3 is %4 x %5 (columns x rows)</source>
        <translation>die Segmentierung hat %1 x %2 Pixel, Fall %3 aber %4 x %5 (Spalten x Zeilen)</translation>
    </message>
    <message>
        <source>frame %1 has no pixel data</source>
        <translation>Frame %1 hat keine Pixeldaten</translation>
    </message>
    <message>
        <source>frame %1 cannot be unpacked</source>
        <translation>Frame %1 kann nicht entpackt werden</translation>
    </message>
    <message>
        <source>the folder holds no .dcm files</source>
        <translation>der Ordner enthält keine .dcm-Dateien</translation>
    </message>
    <message>
        <source>item %1: cannot make its report (%2): %3</source>
        <translation>Fall %1: Bericht kann nicht erstellt werden (%2): %3</translation>
    </message>
    <message>
        <source>cannot write the report of item %1: %2</source>
        <translation>der Bericht von Fall %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not a de-identification key (64 hexadecimal digits); restore it from a backup, or every identifier exported from now on will differ from earlier exports</source>
        <translation>kein De-Identifizierungsschlüssel (64 Hexadezimalziffern); stellen Sie ihn aus einer Sicherung wieder her, sonst weicht jede ab jetzt exportierte Kennung von früheren Exporten ab</translation>
    </message>
    <message>
        <source>the environment variable %1, which should hold the node&apos;s password or token, is not set or empty</source>
        <translation>die Umgebungsvariable %1, die das Passwort oder Token des Knotens enthalten soll, ist nicht gesetzt oder leer</translation>
    </message>
    <message>
        <source>the file holding the node&apos;s password or token is missing</source>
        <translation>die Datei mit dem Passwort oder Token des Knotens fehlt</translation>
    </message>
    <message>
        <source>the file holding the node&apos;s password or token may be read by others; make it readable only by you (chmod 600)</source>
        <translation>die Datei mit dem Passwort oder Token des Knotens ist für andere lesbar; machen Sie sie nur für sich selbst lesbar (chmod 600)</translation>
    </message>
    <message>
        <source>cannot read the node&apos;s password or token</source>
        <translation>das Passwort oder Token des Knotens kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file holds no password or token</source>
        <translation>die Datei enthält weder Passwort noch Token</translation>
    </message>
    <message>
        <source>not a DICOMweb node</source>
        <translation>kein DICOMweb-Knoten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB; refused</source>
        <translation>die Antwort ist größer als %1 MiB; abgelehnt</translation>
    </message>
    <message>
        <source>the node asks for authentication (HTTP 401); add it with --basic-user and --password-env, or --token-env</source>
        <translation>der Knoten verlangt eine Authentifizierung (HTTP 401); fügen Sie ihn mit --basic-user und --password-env oder mit --token-env hinzu</translation>
    </message>
    <message>
        <source>authentication failed (HTTP 401): the node does not accept the user and password or token</source>
        <translation>Authentifizierung fehlgeschlagen (HTTP 401): Der Knoten akzeptiert den Benutzer und das Passwort bzw. das Token nicht</translation>
    </message>
    <message>
        <source>access denied (HTTP 403): the node refuses this user or token this request</source>
        <translation>Zugriff verweigert (HTTP 403): Der Knoten verweigert diesem Benutzer bzw. Token diese Anfrage</translation>
    </message>
    <message>
        <source>not found (HTTP 404): check the node&apos;s URL; a study or instance asked for may be gone</source>
        <translation>nicht gefunden (HTTP 404): Prüfen Sie die URL des Knotens; eine angeforderte Studie oder Instanz ist möglicherweise nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>the server failed (HTTP %1): %2</source>
        <translation>Serverfehler (HTTP %1): %2</translation>
    </message>
    <message>
        <source>the node redirects (HTTP %1) to %2; Concord does not follow redirects: give that URL instead</source>
        <translation>der Knoten leitet (HTTP %1) auf %2 um; Concord folgt keinen Umleitungen: Geben Sie stattdessen diese URL an</translation>
    </message>
    <message>
        <source>the node refused the request (HTTP %1): %2</source>
        <translation>der Knoten hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on port %1 of %2</source>
        <translation>Verbindung abgelehnt: An Port %1 von %2 lauscht nichts</translation>
    </message>
    <message>
        <source>the host name %1 is unknown</source>
        <translation>der Hostname %1 ist unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the node closed the connection without an answer</source>
        <translation>der Knoten hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>TLS fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the answer is not a DICOM JSON array: %1</source>
        <translation>die Antwort ist kein DICOM-JSON-Array: %1</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>listing instances needs a Study Instance UID</source>
        <translation>das Auflisten von Instanzen benötigt eine Study Instance UID</translation>
    </message>
    <message>
        <source>QIDO-RS %1: %2</source>
        <translation>QIDO-RS %1: %2</translation>
    </message>
    <message>
        <source>answers, but not as a DICOMweb server: %1</source>
        <translation>antwortet, aber nicht als DICOMweb-Server: %1</translation>
    </message>
    <message>
        <source>not a complete DICOM object (%1)</source>
        <translation>kein vollständiges DICOM-Objekt (%1)</translation>
    </message>
    <message>
        <source>WADO-RS of instance %1: %2</source>
        <translation>WADO-RS für Instanz %1: %2</translation>
    </message>
    <message>
        <source>refused a part of the answer for instance %1 that is not application/dicom (&quot;%2&quot;)</source>
        <translation>einen Teil der Antwort für Instanz %1 abgelehnt, der nicht application/dicom ist („%2“)</translation>
    </message>
    <message>
        <source>refused a part of the answer for instance %1: %2 bytes instead of the %3 announced</source>
        <translation>einen Teil der Antwort für Instanz %1 abgelehnt: %2 Bytes statt der angekündigten %3</translation>
    </message>
    <message>
        <source>refused the answer for instance %1: %2</source>
        <translation>die Antwort für Instanz %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>refused an instance (&quot;%1&quot;) sent for instance %2</source>
        <translation>eine für Instanz %2 gesendete Instanz („%1“) abgelehnt</translation>
    </message>
    <message>
        <source>not received from %1</source>
        <translation>nicht von %1 empfangen</translation>
    </message>
    <message>
        <source>has no SOP Instance UID</source>
        <translation>hat keine SOP Instance UID</translation>
    </message>
    <message>
        <source>not sent: stopped before this file</source>
        <translation>nicht gesendet: vor dieser Datei abgebrochen</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>the node&apos;s answer (HTTP %1) does not mention this instance</source>
        <translation>die Antwort des Knotens (HTTP %1) erwähnt diese Instanz nicht</translation>
    </message>
    <message>
        <source>refused, without a reason</source>
        <translation>abgelehnt, ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>the multipart answer names no usable boundary</source>
        <translation>die Multipart-Antwort nennt keine verwendbare Boundary</translation>
    </message>
    <message>
        <source>the answer is not multipart</source>
        <translation>die Antwort ist keine Multipart-Antwort</translation>
    </message>
    <message>
        <source>the multipart answer holds no part (its boundary does not occur)</source>
        <translation>die Multipart-Antwort enthält keinen Teil (ihre Boundary kommt nicht vor)</translation>
    </message>
    <message>
        <source>cannot prepare the connection: %1</source>
        <translation>die Verbindung kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>the application context is not supported</source>
        <translation>der Anwendungskontext (Application Context) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the calling AE title (Concord&apos;s) is not recognized</source>
        <translation>der rufende AE-Titel (der von Concord) wird nicht erkannt</translation>
    </message>
    <message>
        <source>the called AE title (the node&apos;s) is not recognized</source>
        <translation>der gerufene AE-Titel (der des Knotens) wird nicht erkannt</translation>
    </message>
    <message>
        <source>the protocol version is not supported</source>
        <translation>die Protokollversion wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the node is temporarily congested</source>
        <translation>der Knoten ist vorübergehend überlastet</translation>
    </message>
    <message>
        <source>the node&apos;s limit of associations is reached</source>
        <translation>die Höchstzahl an Assoziationen des Knotens ist erreicht</translation>
    </message>
    <message>
        <source>reason code %1</source>
        <translation>Grundcode %1</translation>
    </message>
    <message>
        <source>by the DICOM application</source>
        <translation>von der DICOM-Anwendung</translation>
    </message>
    <message>
        <source>by its association control (ACSE)</source>
        <translation>von der Assoziationssteuerung (ACSE) des Knotens</translation>
    </message>
    <message>
        <source>by its presentation layer</source>
        <translation>von der Darstellungsschicht des Knotens</translation>
    </message>
    <message>
        <source>for now (transient)</source>
        <translation>vorerst (vorübergehend)</translation>
    </message>
    <message>
        <source>permanently</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <source>association rejected %1 %2: %3</source>
        <translation>Assoziation %1 %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>association rejected</source>
        <translation>Assoziation abgelehnt</translation>
    </message>
    <message>
        <source>the node accepted the association but none of the services Concord asked for</source>
        <translation>der Knoten hat die Assoziation angenommen, aber keinen der von Concord angefragten Dienste</translation>
    </message>
    <message>
        <source>the node closed the connection</source>
        <translation>der Knoten hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>no response within %n second(s)</source>
        <translation>
            <numerusform>keine Rückmeldung innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Rückmeldung innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>not a DICOM UID (digits and dots), so it cannot name a file in the cache</source>
        <translation>keine DICOM-UID (Ziffern und Punkte), daher kann sie keine Datei im Cache benennen</translation>
    </message>
    <message>
        <source>C-ECHO failed: %1</source>
        <translation>C-ECHO fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>an AE title may not be empty</source>
        <translation>ein AE-Titel darf nicht leer sein</translation>
    </message>
    <message>
        <source>the AE title &quot;%1&quot; is longer than 16 characters</source>
        <translation>der AE-Titel „%1“ ist länger als 16 Zeichen</translation>
    </message>
    <message>
        <source>the AE title &quot;%1&quot; may hold only printable ASCII characters and no backslash</source>
        <translation>der AE-Titel „%1“ darf nur druckbare ASCII-Zeichen und keinen Backslash enthalten</translation>
    </message>
    <message>
        <source>a node needs a name</source>
        <translation>ein Knoten benötigt einen Namen</translation>
    </message>
    <message>
        <source>the node name &quot;%1&quot; is longer than %2 characters</source>
        <translation>der Knotenname „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the node name &quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; and &apos;@&apos;, and may not start with &apos;.&apos;</source>
        <translation>der Knotenname „%1“ darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; und &apos;@&apos; enthalten und nicht mit &apos;.&apos; beginnen</translation>
    </message>
    <message>
        <source>the URL &quot;%1&quot; has no host</source>
        <translation>die URL „%1“ hat keinen Host</translation>
    </message>
    <message>
        <source>the base URL &quot;%1&quot; may not have a query or a fragment</source>
        <translation>die Basis-URL „%1“ darf keinen Query-String und kein Fragment haben</translation>
    </message>
    <message>
        <source>a user, password or token is given but no authentication</source>
        <translation>ein Benutzer, ein Passwort oder ein Token ist angegeben, aber keine Authentifizierung</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name without &apos;:&apos;</source>
        <translation>die Basic-Authentifizierung benötigt einen Benutzernamen ohne &apos;:&apos;</translation>
    </message>
    <message>
        <source>a bearer token goes without a user name</source>
        <translation>ein Bearer-Token wird ohne Benutzernamen angegeben</translation>
    </message>
    <message>
        <source>the authentication needs an environment variable or a file holding the secret</source>
        <translation>die Authentifizierung benötigt eine Umgebungsvariable oder eine Datei, die das Geheimnis enthält</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable&apos;s name</source>
        <translation>„%1“ ist kein Name einer Umgebungsvariablen</translation>
    </message>
    <message>
        <source>the node has no host</source>
        <translation>der Knoten hat keinen Host</translation>
    </message>
    <message>
        <source>the node has no port</source>
        <translation>der Knoten hat keinen Port</translation>
    </message>
    <message>
        <source>not a node address: write it as AET@host:port</source>
        <translation>keine Knotenadresse: Schreiben Sie sie als AET@host:port</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1 to 65535)</source>
        <translation>„%1“ ist keine Portnummer (1 bis 65535)</translation>
    </message>
    <message>
        <source>an unknown authentication &quot;%1&quot;</source>
        <translation>eine unbekannte Authentifizierung „%1“</translation>
    </message>
    <message>
        <source>a second node of this name</source>
        <translation>ein zweiter Knoten dieses Namens</translation>
    </message>
    <message>
        <source>PACS node %1 left out: %2</source>
        <translation>PACS-Knoten %1 ausgelassen: %2</translation>
    </message>
    <message>
        <source>a node of this name exists already</source>
        <translation>ein Knoten dieses Namens existiert bereits</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation>das Feld %1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the %1 may not hold control characters or a backslash</source>
        <translation>das Feld %1 darf keine Steuerzeichen und keinen Backslash enthalten</translation>
    </message>
    <message>
        <source>patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>patient name</source>
        <translation>Patientenname</translation>
    </message>
    <message>
        <source>accession number</source>
        <translation>Accession Number</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>not a study date: write YYYYMMDD, or a range FROM-TO, FROM- or -TO</source>
        <translation>kein Studiendatum: Schreiben Sie YYYYMMDD oder einen Bereich FROM-TO, FROM- oder -TO</translation>
    </message>
    <message>
        <source>not a DICOM UID (digits and dots, at most 64)</source>
        <translation>keine DICOM-UID (Ziffern und Punkte, höchstens 64)</translation>
    </message>
    <message>
        <source>the node does not answer queries (C-FIND) at the %1 level</source>
        <translation>der Knoten beantwortet keine Abfragen (C-FIND) auf der Ebene %1</translation>
    </message>
    <message>
        <source>C-FIND failed: %1</source>
        <translation>C-FIND fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>refused an instance of another study than the one asked for (%1)</source>
        <translation>eine Instanz einer anderen als der angeforderten Studie abgelehnt (%1)</translation>
    </message>
    <message>
        <source>refused an instance: %1</source>
        <translation>eine Instanz abgelehnt: %1</translation>
    </message>
    <message>
        <source>the disk refused it</source>
        <translation>vom Datenträger abgelehnt</translation>
    </message>
    <message>
        <source>cannot resolve the node&apos;s host, so Concord cannot tell its C-MOVE deliveries from others</source>
        <translation>der Host des Knotens kann nicht aufgelöst werden, daher kann Concord seine C-MOVE-Lieferungen nicht von anderen unterscheiden</translation>
    </message>
    <message>
        <source>cannot listen for the C-MOVE: %1</source>
        <translation>Empfang für den C-MOVE nicht möglich: %1</translation>
    </message>
    <message>
        <source>retrieval stopped: %1</source>
        <translation>Abruf abgebrochen: %1</translation>
    </message>
    <message>
        <source>not received from %1: %2</source>
        <translation>nicht von %1 empfangen: %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Rückmeldung</translation>
    </message>
    <message>
        <source>the node does not offer C-GET; retrieve with C-MOVE instead</source>
        <translation>der Knoten bietet kein C-GET an; rufen Sie stattdessen mit C-MOVE ab</translation>
    </message>
    <message>
        <source>the node does not offer C-MOVE; retrieve with C-GET instead</source>
        <translation>der Knoten bietet kein C-MOVE an; rufen Sie stattdessen mit C-GET ab</translation>
    </message>
    <message>
        <source>not a Study Instance UID (digits and dots)</source>
        <translation>keine Study Instance UID (Ziffern und Punkte)</translation>
    </message>
    <message>
        <source>not a Series Instance UID (digits and dots)</source>
        <translation>keine Series Instance UID (Ziffern und Punkte)</translation>
    </message>
    <message>
        <source>a C-MOVE needs the port Concord listens on</source>
        <translation>ein C-MOVE benötigt den Port, an dem Concord lauscht</translation>
    </message>
    <message>
        <source>skipped an instance the node listed with UIDs that are not UIDs of this study (series &quot;%1&quot;, instance &quot;%2&quot;)</source>
        <translation>eine Instanz übersprungen, die der Knoten mit UIDs aufgeführt hat, die keine UIDs dieser Studie sind (Serie „%1“, Instanz „%2“)</translation>
    </message>
    <message>
        <source>has no SOP Class or SOP Instance UID</source>
        <translation>hat keine SOP Class UID oder SOP Instance UID</translation>
    </message>
    <message>
        <source>the node accepts no objects of this SOP class (%1)</source>
        <translation>der Knoten nimmt keine Objekte dieser SOP-Klasse an (%1)</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>refused: SOP class not supported</source>
        <translation>abgelehnt: SOP-Klasse nicht unterstützt</translation>
    </message>
    <message>
        <source>refused: not authorized</source>
        <translation>abgelehnt: nicht berechtigt</translation>
    </message>
    <message>
        <source>failed: duplicate invocation</source>
        <translation>fehlgeschlagen: doppelter Aufruf</translation>
    </message>
    <message>
        <source>failed: unrecognized operation</source>
        <translation>fehlgeschlagen: unbekannte Operation</translation>
    </message>
    <message>
        <source>failed: mistyped argument</source>
        <translation>fehlgeschlagen: Argument mit falschem Typ</translation>
    </message>
    <message>
        <source>failed: resource limitation</source>
        <translation>fehlgeschlagen: Ressourcenbeschränkung</translation>
    </message>
    <message>
        <source>stored with a warning: elements coerced</source>
        <translation>mit Warnung gespeichert: Elemente umgewandelt</translation>
    </message>
    <message>
        <source>stored with a warning: data set does not match its SOP class</source>
        <translation>mit Warnung gespeichert: Datensatz passt nicht zu seiner SOP-Klasse</translation>
    </message>
    <message>
        <source>stored with a warning: elements discarded</source>
        <translation>mit Warnung gespeichert: Elemente verworfen</translation>
    </message>
    <message>
        <source>refused: out of resources</source>
        <translation>abgelehnt: keine Ressourcen mehr</translation>
    </message>
    <message>
        <source>error: data set does not match its SOP class</source>
        <translation>Fehler: Datensatz passt nicht zu seiner SOP-Klasse</translation>
    </message>
    <message>
        <source>error: cannot understand</source>
        <translation>Fehler: nicht verständlich</translation>
    </message>
    <message>
        <source>stored with a warning</source>
        <translation>mit Warnung gespeichert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>the query does not match the information model</source>
        <translation>die Abfrage passt nicht zum Informationsmodell</translation>
    </message>
    <message>
        <source>the node cannot process the query</source>
        <translation>der Knoten kann die Abfrage nicht verarbeiten</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>refused: the move destination is unknown to the node</source>
        <translation>abgelehnt: Das C-MOVE-Ziel ist dem Knoten unbekannt</translation>
    </message>
    <message>
        <source>the request does not match the information model</source>
        <translation>die Anfrage passt nicht zum Informationsmodell</translation>
    </message>
    <message>
        <source>some objects failed</source>
        <translation>einige Objekte sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>the node cannot process the request</source>
        <translation>der Knoten kann die Anfrage nicht verarbeiten</translation>
    </message>
    <message>
        <source>a quoted field opened on this line never closes</source>
        <translation>ein in dieser Zeile begonnenes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after a closing quote in %1</source>
        <translation>Text nach einem schließenden Anführungszeichen in %1</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen</translation>
    </message>
    <message>
        <source>the header names column &quot;%1&quot; twice</source>
        <translation>die Kopfzeile nennt die Spalte „%1“ zweimal</translation>
    </message>
    <message numerus="yes">
        <source>expected %n field(s), as the header has, found %1</source>
        <translation>
            <numerusform>%n Feld erwartet, wie in der Kopfzeile, %1 gefunden</numerusform>
            <numerusform>%n Felder erwartet, wie in der Kopfzeile, %1 gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty; expected a header line</source>
        <translation>die Datei ist leer; erwartet wurde eine Kopfzeile</translation>
    </message>
    <message>
        <source>is a folder, not a CSV file</source>
        <translation>ist ein Ordner, keine CSV-Datei</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most a CSV table may have</source>
        <translation>die Datei ist größer als %1 MiB, das Maximum für eine CSV-Tabelle</translation>
    </message>
    <message>
        <source>expected the header &apos;unit,label&apos;, found &apos;%1&apos;</source>
        <translation>erwartet wurde die Kopfzeile &apos;unit,label&apos;, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty unit</source>
        <translation>leere Einheit</translation>
    </message>
    <message>
        <source>empty label</source>
        <translation>leeres Label</translation>
    </message>
    <message>
        <source>unit &apos;%1&apos; already has a gold label, on line %2</source>
        <translation>Einheit &apos;%1&apos; hat bereits ein Gold-Label, in Zeile %2</translation>
    </message>
    <message numerus="yes">
        <source>with %n source(s) the data cannot tell the sources&apos; accuracies apart; they stay near the majority-vote start (at least 3 sources are needed)</source>
        <translation>
            <numerusform>mit %n Quelle können die Daten die Genauigkeiten der Quellen nicht unterscheiden; sie bleiben nahe am Mehrheitsentscheid, mit dem sie beginnen (mindestens 3 Quellen sind nötig)</numerusform>
            <numerusform>mit %n Quellen können die Daten die Genauigkeiten der Quellen nicht unterscheiden; sie bleiben nahe am Mehrheitsentscheid, mit dem sie beginnen (mindestens 3 Quellen sind nötig)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak supervision: labels from labeling functions&apos; votes</source>
        <translation>Weak Supervision: Labels aus den Stimmen von Labeling-Funktionen</translation>
    </message>
    <message>
        <source>De-identify DICOM files (PS3.15 basic profile)</source>
        <translation>DICOM-Dateien de-identifizieren (PS3.15-Basisprofil)</translation>
    </message>
    <message>
        <source>Split the items into train, validation and test sets without leaks</source>
        <translation>Fälle ohne Lecks in Trainings-, Validierungs- und Testmenge aufteilen</translation>
    </message>
    <message>
        <source>Query, retrieve from and send to a PACS (DICOM C-FIND, C-GET/C-MOVE, C-STORE)</source>
        <translation>Ein PACS abfragen, daraus abrufen und dorthin senden (DICOM C-FIND, C-GET/C-MOVE, C-STORE)</translation>
    </message>
    <message>
        <source>De-identify DICOM files with the Basic Application Level Confidentiality Profile (DICOM PS3.15 Annex E): identifying attributes, private attributes, curves and overlays removed or replaced, UIDs replaced consistently, pixel data unchanged. Each file is written as &lt;new SOP Instance UID&gt;.dcm.
  deidentify &lt;file or folder&gt; &lt;output folder&gt; [--keep-dates-shifted DAYS] [--clean-descriptors] [--project DIR] [--json]</source>
        <translation>DICOM-Dateien mit dem Basic Application Level Confidentiality Profile (DICOM PS3.15 Annex E) de-identifizieren: identifizierende Attribute, private Attribute, Kurven und Einblendungen (Curves, Overlays) entfernt oder ersetzt, UIDs konsistent ersetzt, Pixeldaten unverändert. Jede Datei wird als &lt;neue SOP Instance UID&gt;.dcm geschrieben.
  deidentify &lt;Datei oder Ordner&gt; &lt;Ausgabeordner&gt; [--keep-dates-shifted DAYS] [--clean-descriptors] [--project DIR] [--json]</translation>
    </message>
    <message>
        <source>A DICOM file, or a folder of them.</source>
        <translation>Eine DICOM-Datei oder ein Ordner mit DICOM-Dateien.</translation>
    </message>
    <message>
        <source>Folder to write into; made when missing.</source>
        <translation>Ordner, in den geschrieben wird; wird angelegt, wenn er fehlt.</translation>
    </message>
    <message>
        <source>The profile: basic (the only one).</source>
        <translation>Das Profil: basic (das einzige).</translation>
    </message>
    <message>
        <source>Keep dates, moved by this many days (Retain Longitudinal Temporal Information with Modified Dates).</source>
        <translation>Datumsangaben behalten, um so viele Tage verschoben (Retain Longitudinal Temporal Information with Modified Dates).</translation>
    </message>
    <message>
        <source>Keep descriptions without the identifiers found in the file (Clean Descriptors).</source>
        <translation>Beschreibungen behalten, ohne die in der Datei gefundenen Kennungen (Clean Descriptors).</translation>
    </message>
    <message>
        <source>Take the replacement UIDs and pseudonyms from this project&apos;s key, so they match its other exports; without it they are new for this run.</source>
        <translation>Ersatz-UIDs und Pseudonyme aus dem Schlüssel dieses Projekts nehmen, damit sie zu seinen anderen Exporten passen; ohne diese Option sind sie für diesen Lauf neu.</translation>
    </message>
    <message>
        <source>the only profile is basic, not &quot;%1&quot;</source>
        <translation>das einzige Profil ist basic, nicht „%1“</translation>
    </message>
    <message>
        <source>--keep-dates-shifted takes whole days between -36500 and 36500</source>
        <translation>--keep-dates-shifted erwartet ganze Tage zwischen -36500 und 36500</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: the output folder must not be the input</source>
        <translation>%1: der Ausgabeordner darf nicht die Eingabe sein</translation>
    </message>
    <message>
        <source>%1: not a Concord project</source>
        <translation>%1: kein Concord-Projekt</translation>
    </message>
    <message>
        <source>%1: cannot make this folder</source>
        <translation>%1: dieser Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: a symbolic link, left out</source>
        <translation>%1: ein symbolischer Link, ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) de-identified</source>
        <translation>
            <numerusform>%n Datei de-identifiziert</numerusform>
            <numerusform>%n Dateien de-identifiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 de-identified; %n file(s) could not be</source>
        <translation>
            <numerusform>%1 de-identifiziert; %n Datei konnte nicht de-identifiziert werden</numerusform>
            <numerusform>%1 de-identifiziert; %n Dateien konnten nicht de-identifiziert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: left out %1
</source>
        <translation>Warnung: %1 ausgelassen
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n DICOM segmentation(s) to %1
</source>
        <translation>
            <numerusform>%n DICOM-Segmentierung nach %1 geschrieben
</numerusform>
            <numerusform>%n DICOM-Segmentierungen nach %1 geschrieben
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n DICOM measurement report(s) to %1
</source>
        <translation>
            <numerusform>%n DICOM-Messbericht nach %1 geschrieben
</numerusform>
            <numerusform>%n DICOM-Messberichte nach %1 geschrieben
</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing written: every item with work was left out</source>
        <translation>nichts geschrieben: jeder bearbeitete Fall wurde ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mask(s) as %1&apos;s work
</source>
        <translation>
            <numerusform>%n Maske als Arbeit von %1 importiert
</numerusform>
            <numerusform>%n Masken als Arbeit von %1 importiert
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n mask(s) imported before
</source>
        <translation>
            <numerusform>%n bereits früher importierte Maske ausgelassen
</numerusform>
            <numerusform>%n bereits früher importierte Masken ausgelassen
</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the items of this split of the newest recorded split (concord-cli split).</source>
        <translation>Nur die Fälle dieser Teilmenge der neuesten erfassten Aufteilung (concord-cli split).</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n item(s) imported after split version %1 are in no split and left out
</source>
        <translation>
            <numerusform>Warnung: %n nach Aufteilungsversion %1 importierter Fall ist in keiner Teilmenge und wird ausgelassen
</numerusform>
            <numerusform>Warnung: %n nach Aufteilungsversion %1 importierte Fälle sind in keiner Teilmenge und werden ausgelassen
</numerusform>
        </translation>
    </message>
    <message>
        <source>COCO JSON file; with dicom-seg, a DICOM Segmentation or a folder of them.</source>
        <translation>COCO-JSON-Datei; bei dicom-seg eine DICOM-Segmentierung oder ein Ordner mit solchen.</translation>
    </message>
    <message>
        <source>Input format: coco, or dicom-seg (each frame of a binary DICOM Segmentation becomes a mask of the item whose SOP Instance UID its source image has, with the label its Segment Label names).</source>
        <translation>Eingabeformat: coco oder dicom-seg (jeder Frame einer binären DICOM-Segmentierung wird zu einer Maske des Falls mit der SOP Instance UID seines Quellbilds, mit dem Label, das sein Segment Label nennt).</translation>
    </message>
    <message>
        <source>unknown import format &quot;%1&quot;; supported: coco, dicom-seg</source>
        <translation>unbekanntes Importformat „%1“; unterstützt: coco, dicom-seg</translation>
    </message>
    <message>
        <source>--add-labels works with --format coco only</source>
        <translation>--add-labels funktioniert nur mit --format coco</translation>
    </message>
    <message>
        <source>%1:%2: %3 was not imported; its keys are not recorded
</source>
        <translation>%1:%2: %3 wurde nicht importiert; die Schlüssel dazu werden nicht erfasst
</translation>
    </message>
    <message>
        <source>%1:%2: %3 has the same content as the file on line %4 but other keys; no keys were recorded</source>
        <translation>%1:%2: %3 hat denselben Inhalt wie die Datei in Zeile %4, aber andere Schlüssel; es wurden keine Schlüssel erfasst</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n imported image(s) have no row in %1 and get no keys
</source>
        <translation>
            <numerusform>Warnung: %n importiertes Bild hat keine Zeile in %1 und erhält keine Schlüssel
</numerusform>
            <numerusform>Warnung: %n importierte Bilder haben keine Zeile in %1 und erhalten keine Schlüssel
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keys (%1) recorded for %n item(s)
</source>
        <translation>
            <numerusform>Schlüssel (%1) für %n Fall erfasst
</numerusform>
            <numerusform>Schlüssel (%1) für %n Fälle erfasst
</numerusform>
        </translation>
    </message>
    <message>
        <source>A CSV giving the images keys (patient, study, site, scanner, date, ...): a &quot;file&quot; column with each image&apos;s path below the imported folder, and a column per key. Needs exactly one folder to import.</source>
        <translation>Eine CSV, die den Bildern Schlüssel gibt (Patient, Studie, Standort, Scanner, Datum, ...): eine Spalte „file“ mit dem Pfad jedes Bildes unterhalb des importierten Ordners und eine Spalte je Schlüssel. Erfordert genau einen zu importierenden Ordner.</translation>
    </message>
    <message>
        <source>--metadata describes one folder; give exactly one</source>
        <translation>--metadata beschreibt einen Ordner; geben Sie genau einen an</translation>
    </message>
    <message numerus="yes">
        <source>Label model: %n unit(s), converged after %1 EM iterations.</source>
        <translation>
            <numerusform>Label-Modell: %n Einheit, nach %1 EM-Iterationen konvergiert.</numerusform>
            <numerusform>Label-Modell: %n Einheiten, nach %1 EM-Iterationen konvergiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label model: %n unit(s), stopped after %1 EM iterations.</source>
        <translation>
            <numerusform>Label-Modell: %n Einheit, nach %1 EM-Iterationen angehalten.</numerusform>
            <numerusform>Label-Modell: %n Einheiten, nach %1 EM-Iterationen angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message numerus="yes">
        <source>Labeling functions over %n unit(s): coverage %1, overlap %2, conflict %3</source>
        <translation>
            <numerusform>Labeling-Funktionen über %n Einheit: Abdeckung %1, Überlappung %2, Konflikt %3</numerusform>
            <numerusform>Labeling-Funktionen über %n Einheiten: Abdeckung %1, Überlappung %2, Konflikt %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unit(s) with a gold label</source>
        <translation>
            <numerusform>; %n Einheit mit Gold-Label</numerusform>
            <numerusform>; %n Einheiten mit Gold-Label</numerusform>
        </translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>Polarität</translation>
    </message>
    <message>
        <source>overlaps</source>
        <translation>Überlappungen</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>incorrect</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>empirical accuracy</source>
        <translation>empirische Genauigkeit</translation>
    </message>
    <message>
        <source>--class-balance takes &apos;uniform&apos; or label=probability pairs separated by commas, not &apos;%1&apos;</source>
        <translation>--class-balance erwartet &apos;uniform&apos; oder kommagetrennte Paare Label=Wahrscheinlichkeit, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--class-balance names &apos;%1&apos;, which no labeling function voted for</source>
        <translation>--class-balance nennt &apos;%1&apos;, wofür keine Labeling-Funktion gestimmt hat</translation>
    </message>
    <message>
        <source>--class-balance names &apos;%1&apos; twice</source>
        <translation>--class-balance nennt &apos;%1&apos; zweimal</translation>
    </message>
    <message>
        <source>--class-balance must name every class; &apos;%1&apos; is missing</source>
        <translation>--class-balance muss jede Klasse nennen; &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>the --class-balance probabilities sum to %1, not 1</source>
        <translation>die Wahrscheinlichkeiten von --class-balance ergeben zusammen %1, nicht 1</translation>
    </message>
    <message>
        <source>Run &apos;concord-cli label-model --help&apos; for the arguments.</source>
        <translation>Führen Sie &apos;concord-cli label-model --help&apos; aus, um die Argumente zu sehen.</translation>
    </message>
    <message>
        <source>Weak supervision: fit the label model to the votes of labeling functions and print each unit&apos;s most probable label with its probability, and each function&apos;s estimated accuracy and coverage. The votes are a long-format CSV with the header unit,coder,label, as agreement --csv reads; a coder is a labeling function, and a unit a function abstains on has no line for it.
  label-model --csv FILE [--json] [--analysis] [--gold FILE] [--class-balance B]</source>
        <translation>Weak Supervision: das Label-Modell an die Stimmen der Labeling-Funktionen anpassen und für jede Einheit das wahrscheinlichste Label mit seiner Wahrscheinlichkeit sowie für jede Funktion die geschätzte Genauigkeit und Abdeckung ausgeben. Die Stimmen sind eine CSV im Langformat mit der Kopfzeile unit,coder,label, wie sie agreement --csv liest; ein Kodierer ist eine Labeling-Funktion, und für eine Einheit, bei der sich eine Funktion enthält, gibt es keine Zeile dieser Funktion.
  label-model --csv FILE [--json] [--analysis] [--gold FILE] [--class-balance B]</translation>
    </message>
    <message>
        <source>The votes to read (unit,coder,label).</source>
        <translation>Die zu lesenden Stimmen (unit,coder,label).</translation>
    </message>
    <message>
        <source>Also analyse the labeling functions: coverage, overlaps, conflicts.</source>
        <translation>Außerdem die Labeling-Funktionen analysieren: Abdeckung, Überlappungen, Konflikte.</translation>
    </message>
    <message>
        <source>Known labels (a CSV with the header unit,label): adds each function&apos;s correct and incorrect votes and empirical accuracy to the analysis, and implies --analysis.</source>
        <translation>Bekannte Labels (eine CSV mit der Kopfzeile unit,label): ergänzt die Analyse um die richtigen und falschen Stimmen und die empirische Genauigkeit jeder Funktion und impliziert --analysis.</translation>
    </message>
    <message>
        <source>The class balance, when known, held fixed instead of estimated: &apos;uniform&apos; or label=probability pairs separated by commas (e.g. ham=0.8,spam=0.2).</source>
        <translation>Die Klassenverteilung, falls bekannt, fest vorgegeben statt geschätzt: &apos;uniform&apos; oder kommagetrennte Paare Label=Wahrscheinlichkeit (z. B. ham=0.8,spam=0.2).</translation>
    </message>
    <message>
        <source>--csv is required</source>
        <translation>--csv ist erforderlich</translation>
    </message>
    <message>
        <source>no votes to fit</source>
        <translation>keine Stimmen zum Anpassen</translation>
    </message>
    <message numerus="yes">
        <source>%n gold label(s) name units no labeling function voted on; they are left out</source>
        <translation>
            <numerusform>%n Gold-Label nennt eine Einheit, für die keine Labeling-Funktion gestimmt hat; es wird ausgelassen</numerusform>
            <numerusform>%n Gold-Labels nennen Einheiten, für die keine Labeling-Funktion gestimmt hat; sie werden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Concord&apos;s AE title towards the node (default: the node&apos;s, or CONCORD).</source>
        <translation>Der AE-Titel von Concord gegenüber dem Knoten (Standard: der des Knotens oder CONCORD).</translation>
    </message>
    <message>
        <source>Seconds to wait for the connection and each answer (default %1).</source>
        <translation>Sekunden, die auf die Verbindung und jede Antwort gewartet wird (Standard: %1).</translation>
    </message>
    <message>
        <source>A node&apos;s name (concord-cli pacs nodes list), its address AET@host:port, or a DICOMweb URL http(s)://host:port/path.</source>
        <translation>Der Name eines Knotens (concord-cli pacs nodes list), seine Adresse AET@host:port oder eine DICOMweb-URL http(s)://host:port/path.</translation>
    </message>
    <message>
        <source>%1: no node of this name in the settings (concord-cli pacs nodes list), and not an address AET@host:port or a DICOMweb URL</source>
        <translation>%1: kein Knoten dieses Namens in den Einstellungen (concord-cli pacs nodes list) und keine Adresse AET@host:port oder DICOMweb-URL</translation>
    </message>
    <message>
        <source>--calling-aet is for DIMSE nodes; %1 is a DICOMweb node</source>
        <translation>--calling-aet gilt nur für DIMSE-Knoten; %1 ist ein DICOMweb-Knoten</translation>
    </message>
    <message>
        <source>--timeout takes whole seconds from 1 to %1, not &quot;%2&quot;</source>
        <translation>--timeout erwartet ganze Sekunden von 1 bis %1, nicht „%2“</translation>
    </message>
    <message>
        <source>Check that a node answers DICOM (C-ECHO, or for DICOMweb a QIDO-RS search with limit=1); say what failed otherwise.</source>
        <translation>Prüfen, ob ein Knoten auf DICOM antwortet (C-ECHO oder bei DICOMweb eine QIDO-RS-Suche mit limit=1); andernfalls angeben, was fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>%1 answers: QIDO-RS in %2 ms
</source>
        <translation>%1 antwortet: QIDO-RS in %2 ms
</translation>
    </message>
    <message>
        <source>%1 answers: C-ECHO in %2 ms (%3 ms with the association)
</source>
        <translation>%1 antwortet: C-ECHO in %2 ms (%3 ms mit der Assoziation)
</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Query a node (C-FIND). Names and IDs take the wildcards * and ?. Prints one match per line, tab-separated, or one JSON object per line.</source>
        <translation>Einen Knoten abfragen (C-FIND). Namen und IDs akzeptieren die Platzhalter * und ?. Gibt einen Treffer je Zeile aus, tabulatorgetrennt, oder ein JSON-Objekt je Zeile.</translation>
    </message>
    <message>
        <source>patient, study (default) or series.</source>
        <translation>patient, study (Standard) oder series.</translation>
    </message>
    <message>
        <source>Patient ID.</source>
        <translation>Patienten-ID.</translation>
    </message>
    <message>
        <source>Patient name, e.g. &quot;Doe^J*&quot;.</source>
        <translation>Patientenname, z. B. „Mustermann^E*“.</translation>
    </message>
    <message>
        <source>Accession number.</source>
        <translation>Accession Number.</translation>
    </message>
    <message>
        <source>Study date YYYYMMDD, or a range FROM-TO, FROM- or -TO.</source>
        <translation>Studiendatum YYYYMMDD oder ein Bereich FROM-TO, FROM- oder -TO.</translation>
    </message>
    <message>
        <source>Modality: in the study (study level) or of the series (series level).</source>
        <translation>Modalität: in der Studie (Ebene study) oder der Serie (Ebene series).</translation>
    </message>
    <message>
        <source>Study Instance UID.</source>
        <translation>Study Instance UID.</translation>
    </message>
    <message>
        <source>Series Instance UID (series level).</source>
        <translation>Series Instance UID (Ebene series).</translation>
    </message>
    <message>
        <source>--level is patient, study or series, not &quot;%1&quot;</source>
        <translation>--level ist patient, study oder series, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)
</source>
        <translation>
            <numerusform>%n Treffer
</numerusform>
            <numerusform>%n Treffer
</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrieve a study (or one series) into the project&apos;s cache, pacs/&lt;node&gt;/, and add its images as items. Instances already in the cache are not fetched again, so a stopped retrieval goes on where it stopped when run again.</source>
        <translation>Eine Studie (oder eine Serie) in den Cache des Projekts, pacs/&lt;Knoten&gt;/, abrufen und ihre Bilder als Fälle hinzufügen. Instanzen, die schon im Cache sind, werden nicht erneut geholt; ein abgebrochener Abruf wird daher beim erneuten Aufruf dort fortgesetzt, wo er abgebrochen wurde.</translation>
    </message>
    <message>
        <source>Study Instance UID (required).</source>
        <translation>Study Instance UID (erforderlich).</translation>
    </message>
    <message>
        <source>Only this Series Instance UID.</source>
        <translation>Nur diese Series Instance UID.</translation>
    </message>
    <message>
        <source>Retrieve with C-MOVE to Concord&apos;s storage SCP on --port (the node must know Concord&apos;s AE title at this host and port); C-GET otherwise.</source>
        <translation>Mit C-MOVE an den Storage-SCP von Concord auf --port abrufen (der Knoten muss den AE-Titel von Concord mit diesem Host und Port kennen); sonst mit C-GET.</translation>
    </message>
    <message>
        <source>Port of Concord&apos;s storage SCP for --move.</source>
        <translation>Port des Storage-SCP von Concord für --move.</translation>
    </message>
    <message>
        <source>pacs get needs --study UID</source>
        <translation>pacs get benötigt --study UID</translation>
    </message>
    <message>
        <source>--move needs --port with a port number (1 to 65535)</source>
        <translation>--move benötigt --port mit einer Portnummer (1 bis 65535)</translation>
    </message>
    <message>
        <source>--port is for --move</source>
        <translation>--port gilt nur für --move</translation>
    </message>
    <message>
        <source>--move is for DIMSE nodes; %1 is retrieved with WADO-RS</source>
        <translation>--move gilt nur für DIMSE-Knoten; %1 wird mit WADO-RS abgerufen</translation>
    </message>
    <message>
        <source>retrieved %1 of %2
</source>
        <translation>%1 von %2 abgerufen
</translation>
    </message>
    <message>
        <source>problem: %1
</source>
        <translation>Problem: %1
</translation>
    </message>
    <message>
        <source>%1 instances on the node, %2 already in the cache, %3 retrieved; %4 images added to the project, %5 already there
</source>
        <translation>%1 Instanzen auf dem Knoten, %2 bereits im Cache, %3 abgerufen; %4 Bilder zum Projekt hinzugefügt, %5 bereits vorhanden
</translation>
    </message>
    <message>
        <source>Send DICOM files to a node (C-STORE), with a receipt per file.</source>
        <translation>DICOM-Dateien an einen Knoten senden (C-STORE), mit einer Empfangsbestätigung je Datei.</translation>
    </message>
    <message>
        <source>DICOM files.</source>
        <translation>DICOM-Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) stored on %2
</source>
        <translation>
            <numerusform>%1 von %n Datei auf %2 gespeichert
</numerusform>
            <numerusform>%1 von %n Dateien auf %2 gespeichert
</numerusform>
        </translation>
    </message>
    <message>
        <source>A DICOMweb node: its base URL, http(s)://host:port/path.</source>
        <translation>Ein DICOMweb-Knoten: seine Basis-URL, http(s)://host:port/path.</translation>
    </message>
    <message>
        <source>DICOMweb: Basic authentication as this user.</source>
        <translation>DICOMweb: Basic-Authentifizierung als dieser Benutzer.</translation>
    </message>
    <message>
        <source>DICOMweb: the environment variable holding the password (never saved).</source>
        <translation>DICOMweb: die Umgebungsvariable mit dem Passwort (wird nie gespeichert).</translation>
    </message>
    <message>
        <source>DICOMweb: a file only you may read, holding the password.</source>
        <translation>DICOMweb: eine nur für Sie lesbare Datei mit dem Passwort.</translation>
    </message>
    <message>
        <source>DICOMweb: the environment variable holding a bearer token (never saved).</source>
        <translation>DICOMweb: die Umgebungsvariable mit einem Bearer-Token (wird nie gespeichert).</translation>
    </message>
    <message>
        <source>DICOMweb: a file only you may read, holding a bearer token.</source>
        <translation>DICOMweb: eine nur für Sie lesbare Datei mit einem Bearer-Token.</translation>
    </message>
    <message>
        <source>Save a node under a name. For a DICOMweb node only where its password or token is found (an environment variable, a file) is saved, never the secret itself.</source>
        <translation>Einen Knoten unter einem Namen speichern. Bei einem DICOMweb-Knoten wird nur gespeichert, wo sein Passwort oder Token zu finden ist (eine Umgebungsvariable, eine Datei), nie das Geheimnis selbst.</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; or &apos;@&apos;.</source>
        <translation>Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; oder &apos;@&apos;.</translation>
    </message>
    <message>
        <source>AET@host:port (DIMSE), or --url for DICOMweb</source>
        <translation>AET@host:port (DIMSE) oder --url für DICOMweb</translation>
    </message>
    <message>
        <source>pacs nodes add takes a name and either AET@host:port or --url URL</source>
        <translation>pacs nodes add erwartet einen Namen und entweder AET@host:port oder --url URL</translation>
    </message>
    <message>
        <source>a DICOMweb URL goes with --url</source>
        <translation>eine DICOMweb-URL wird mit --url angegeben</translation>
    </message>
    <message>
        <source>--calling-aet and --tls are for DIMSE nodes; a DICOMweb node uses TLS with an https URL</source>
        <translation>--calling-aet und --tls gelten nur für DIMSE-Knoten; ein DICOMweb-Knoten verwendet TLS mit einer https-URL</translation>
    </message>
    <message>
        <source>give either --basic-user with one of --password-env or --password-file, or one of --token-env or --token-file</source>
        <translation>geben Sie entweder --basic-user mit --password-env oder --password-file an oder aber --token-env oder --token-file</translation>
    </message>
    <message>
        <source>--%1 is for DICOMweb nodes (--url)</source>
        <translation>--%1 gilt nur für DICOMweb-Knoten (--url)</translation>
    </message>
    <message>
        <source>added %1
</source>
        <translation>%1 hinzugefügt
</translation>
    </message>
    <message>
        <source>Forget a saved node.</source>
        <translation>Einen gespeicherten Knoten entfernen.</translation>
    </message>
    <message>
        <source>The node&apos;s name.</source>
        <translation>Der Name des Knotens.</translation>
    </message>
    <message>
        <source>%1: no node of this name</source>
        <translation>%1: kein Knoten dieses Namens</translation>
    </message>
    <message>
        <source>removed %1
</source>
        <translation>%1 entfernt
</translation>
    </message>
    <message>
        <source>List the saved nodes.</source>
        <translation>Die gespeicherten Knoten auflisten.</translation>
    </message>
    <message>
        <source>Usage: concord-cli pacs nodes &lt;add|list|remove&gt; ...
</source>
        <translation>Aufruf: concord-cli pacs nodes &lt;add|list|remove&gt; ...
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n Fall</numerusform>
            <numerusform>%1: %n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n group(s), %1% of the items (asked %2%)
</source>
        <translation>
            <numerusform>, %n Gruppe, %1 % der Fälle (angefordert %2 %)
</numerusform>
            <numerusform>, %n Gruppen, %1 % der Fälle (angefordert %2 %)
</numerusform>
        </translation>
    </message>
    <message>
        <source>largest deviation from the whole: %1 percentage points (%2 in %3)
</source>
        <translation>größte Abweichung vom Gesamtbestand: %1 Prozentpunkte (%2 in %3)
</translation>
    </message>
    <message numerus="yes">
        <source>leak: %1 &quot;%2&quot; is in %3 (%n item(s))
</source>
        <translation>
            <numerusform>Leck: %1 „%2“ ist in %3 (%n Fall)
</numerusform>
            <numerusform>Leck: %1 „%2“ ist in %3 (%n Fälle)
</numerusform>
        </translation>
    </message>
    <message>
        <source>leak: near-duplicate images %1 (%2) and %3 (%4), %5 bits apart
</source>
        <translation>Leck: Beinahe-Duplikate %1 (%2) und %3 (%4), %5 Bits Abstand
</translation>
    </message>
    <message>
        <source>warning: %1 not compared for near-duplicates: %2
</source>
        <translation>Warnung: %1 nicht auf Beinahe-Duplikate verglichen: %2
</translation>
    </message>
    <message>
        <source>warning: the hashes were not cached: %1
</source>
        <translation>Warnung: die Hashes wurden nicht zwischengespeichert: %1
</translation>
    </message>
    <message>
        <source>Assign every item to a split (train, validation, test, ...): whole groups only, label proportions kept close to the whole, the same split for the same seed; leaks are reported. The split is recorded in the project&apos;s splits.json as a new version.</source>
        <translation>Jeden Fall einer Teilmenge zuordnen (Training, Validierung, Test, ...): nur ganze Gruppen, Label-Anteile nahe am Gesamtbestand, dieselbe Aufteilung bei demselben Startwert; Lecks werden gemeldet. Die Aufteilung wird in splits.json des Projekts als neue Version erfasst.</translation>
    </message>
    <message>
        <source>The share of each split, e.g. 0.7,0.15,0.15.</source>
        <translation>Der Anteil jeder Teilmenge, z. B. 0.7,0.15,0.15.</translation>
    </message>
    <message>
        <source>The splits&apos; names (default train,val,test for three, train,test for two).</source>
        <translation>Die Namen der Teilmengen (Standard: train,val,test bei drei, train,test bei zwei).</translation>
    </message>
    <message>
        <source>The key whose items stay together: patient, study, series, group (the folder), or a key from a metadata CSV. Without it every item is its own group.</source>
        <translation>Der Schlüssel, dessen Fälle zusammenbleiben: patient, study, series, group (der Ordner) oder ein Schlüssel aus einer Metadaten-CSV. Ohne ihn ist jeder Fall eine eigene Gruppe.</translation>
    </message>
    <message>
        <source>label (the items&apos; accepted labels; the default) or a key to balance.</source>
        <translation>label (die akzeptierten Labels der Fälle; Standard) oder ein Schlüssel, nach dem ausbalanciert wird.</translation>
    </message>
    <message>
        <source>The seed; the same seed gives the same split.</source>
        <translation>Der Startwert; derselbe Startwert ergibt dieselbe Aufteilung.</translation>
    </message>
    <message>
        <source>How far a split&apos;s share may stray from its ratio (default 0.05) before the split is refused.</source>
        <translation>Wie weit der Anteil einer Teilmenge von ihrem Sollanteil abweichen darf (Standard: 0,05), bevor die Aufteilung abgelehnt wird.</translation>
    </message>
    <message>
        <source>Record a split whose shares stray past the tolerance instead of refusing.</source>
        <translation>Eine Aufteilung, deren Anteile die Toleranz überschreiten, erfassen, statt sie abzulehnen.</translation>
    </message>
    <message>
        <source>Decode every image and report near-duplicates in different splits.</source>
        <translation>Jedes Bild dekodieren und Beinahe-Duplikate in verschiedenen Teilmengen melden.</translation>
    </message>
    <message>
        <source>Near-duplicates differ in at most this many of 64 hash bits (default %1).</source>
        <translation>Beinahe-Duplikate unterscheiden sich in höchstens so vielen von 64 Hash-Bits (Standard: %1).</translation>
    </message>
    <message>
        <source>Who makes the split (an annotator id); by default the login name.</source>
        <translation>Wer die Aufteilung vornimmt (eine Annotator-ID); standardmäßig der Anmeldename.</translation>
    </message>
    <message>
        <source>Show the split without recording it.</source>
        <translation>Die Aufteilung anzeigen, ohne sie zu erfassen.</translation>
    </message>
    <message>
        <source>--ratios is required, e.g. --ratios 0.7,0.15,0.15</source>
        <translation>--ratios ist erforderlich, z. B. --ratios 0.7,0.15,0.15</translation>
    </message>
    <message>
        <source>--ratios takes numbers separated by commas, not &quot;%1&quot;</source>
        <translation>--ratios erwartet kommagetrennte Zahlen, nicht „%1“</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 2^64 - 1</source>
        <translation>--seed erwartet eine ganze Zahl von 0 bis 2^64 - 1</translation>
    </message>
    <message>
        <source>--tolerance takes a number, such as 0.05</source>
        <translation>--tolerance erwartet eine Zahl, etwa 0.05</translation>
    </message>
    <message>
        <source>--hash-distance takes a number of bits from 0 to 64</source>
        <translation>--hash-distance erwartet eine Anzahl Bits von 0 bis 64</translation>
    </message>
    <message>
        <source>%1: the project has no items to split</source>
        <translation>%1: das Projekt hat keine Fälle zum Aufteilen</translation>
    </message>
    <message>
        <source>no item has the key &quot;%1&quot;; the items have: %2</source>
        <translation>kein Fall hat den Schlüssel „%1“; die Fälle haben: %2</translation>
    </message>
    <message>
        <source>%1: unknown annotator &quot;%2&quot;</source>
        <translation>%1: unbekannter Annotator „%2“</translation>
    </message>
    <message>
        <source>the split is refused: %1. Give more groups, other ratios, or --allow-skew to record it as it is.</source>
        <translation>die Aufteilung wird abgelehnt: %1. Geben Sie mehr Gruppen oder andere Sollanteile an, oder --allow-skew, um sie so zu erfassen, wie sie ist.</translation>
    </message>
    <message>
        <source>Stratified by the accepted labels (truth)
</source>
        <translation>Nach den akzeptierten Labels (Ground Truth) stratifiziert
</translation>
    </message>
    <message>
        <source>Stratified by every reader&apos;s labels (the project has no quality policy)
</source>
        <translation>Nach den Labels aller Befunder stratifiziert (das Projekt hat keine Qualitätsrichtlinie)
</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n item(s) without the key &quot;%1&quot; each form a group of their own
</source>
        <translation>
            <numerusform>Warnung: %n Fall ohne den Schlüssel „%1“ bildet eine eigene Gruppe
</numerusform>
            <numerusform>Warnung: %n Fälle ohne den Schlüssel „%1“ bilden je eine eigene Gruppe
</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as version %1 in %2
</source>
        <translation>Als Version %1 in %2 erfasst
</translation>
    </message>
    <message>
        <source>Export annotations (COCO, DICOM SEG/SR, VOC, YOLO, CSV, JSON Lines)</source>
        <translation>Annotationen exportieren (COCO, DICOM SEG/SR, VOC, YOLO, CSV, JSON Lines)</translation>
    </message>
    <message>
        <source>Wrote %1 images and %2 shapes (boxes, polygons, masks) to %3
</source>
        <translation>%1 Bilder und %2 Formen (Boxen, Polygone, Masken) nach %3 geschrieben
</translation>
    </message>
    <message>
        <source>Export format: coco, png-labelmap (one PNG per item and annotator, pixel = label id), dicom-seg (one DICOM Segmentation per DICOM image and annotator), dicom-sr (one DICOM measurement report per DICOM image and annotator), voc, yolo, csv or jsonl (training sets with copies of the images, docs/dataset-formats.md); --out is a folder for all but coco.</source>
        <translation>Exportformat: coco, png-labelmap (ein PNG je Fall und Annotator, Pixel = Label-ID), dicom-seg (eine DICOM Segmentation je DICOM-Bild und Annotator), dicom-sr (ein DICOM-Messbericht je DICOM-Bild und Annotator), voc, yolo, csv oder jsonl (Trainingsdatensätze mit Kopien der Bilder, docs/dataset-formats.md); --out ist bei allen außer coco ein Ordner.</translation>
    </message>
    <message>
        <source>voc, yolo, csv, jsonl: one dataset per split of the newest recorded split, each in a sub-folder of --out named after it.</source>
        <translation>voc, yolo, csv, jsonl: ein Datensatz je Teilmenge der neuesten erfassten Aufteilung, jeweils in einem nach ihr benannten Unterordner von --out.</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; supported: coco, png-labelmap, dicom-seg, dicom-sr, voc, yolo, csv, jsonl</source>
        <translation>unbekanntes Exportformat „%1“; unterstützt: coco, png-labelmap, dicom-seg, dicom-sr, voc, yolo, csv, jsonl</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;, key &quot;%2&quot;: &quot;%3&quot; here, &quot;%4&quot; in the other copy; kept &quot;%3&quot;</source>
        <translation>Fall „%1“, Schlüssel „%2“: hier „%3“, in der anderen Kopie „%4“; „%3“ behalten</translation>
    </message>
    <message>
        <source>version %1 (by %2, %3)</source>
        <translation>Version %1 (von %2, %3)</translation>
    </message>
    <message>
        <source>the copies recorded different splits: %1 here, %2 in the other copy; kept this project&apos;s splits and added none of the other copy&apos;s</source>
        <translation>die Kopien haben unterschiedliche Aufteilungen verzeichnet: hier %1, in der anderen Kopie %2; die Aufteilungen dieses Projekts wurden behalten und keine der anderen Kopie hinzugefügt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation>das Feld „%1“ %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine Ganzzahl sein</translation>
    </message>
    <message>
        <source>must be from %1 to %2, not %3</source>
        <translation>muss zwischen %1 und %2 liegen, nicht bei %3</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message numerus="yes">
        <source>must be a number or an array of %n number(s), one per channel</source>
        <translation>
            <numerusform>muss eine Zahl oder ein Array aus %n Zahl sein, eine je Kanal</numerusform>
            <numerusform>muss eine Zahl oder ein Array aus %n Zahlen sein, eine je Kanal</numerusform>
        </translation>
    </message>
    <message>
        <source>must hold numbers only</source>
        <translation>darf nur Zahlen enthalten</translation>
    </message>
    <message>
        <source>must be classification, detection, segmentation or embedding, not &quot;%1&quot;</source>
        <translation>muss classification, detection, segmentation oder embedding sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be 1 or 3</source>
        <translation>muss 1 oder 3 sein</translation>
    </message>
    <message>
        <source>must be &quot;NCHW&quot; (the only layout supported), not &quot;%1&quot;</source>
        <translation>muss „NCHW“ (das einzige unterstützte Layout) sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be &quot;window&quot; or &quot;minmax&quot;, not &quot;%1&quot;</source>
        <translation>muss „window“ oder „minmax“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>must be a non-empty array of label names (or &quot;ignore&quot;), one per output class in the model&apos;s order</source>
        <translation>muss ein nicht-leeres Array von Label-Namen (oder „ignore“) sein, einer je Ausgabeklasse in der Reihenfolge des Modells</translation>
    </message>
    <message>
        <source>must be a label name or &quot;ignore&quot;</source>
        <translation>muss ein Label-Name oder „ignore“ sein</translation>
    </message>
    <message>
        <source>must be a label name or &quot;ignore&quot;, not empty</source>
        <translation>muss ein Label-Name oder „ignore“ sein, nicht leer</translation>
    </message>
    <message>
        <source>must be &quot;pixels&quot; or &quot;normalized&quot;, not &quot;%1&quot;</source>
        <translation>muss „pixels“ oder „normalized“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be from 0 to 1</source>
        <translation>muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most 1</source>
        <translation>muss größer als 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>must name a file in the description&apos;s folder: %1</source>
        <translation>muss eine Datei im Ordner der Beschreibung nennen: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads outside the description&apos;s folder through a symbolic link; refused</source>
        <translation>„%1“ führt über einen symbolischen Link aus dem Ordner der Beschreibung heraus; abgelehnt</translation>
    </message>
    <message>
        <source>names %1, which does not exist</source>
        <translation>nennt %1, aber das existiert nicht</translation>
    </message>
    <message>
        <source>names %1, which is not a file</source>
        <translation>nennt %1, aber das ist keine Datei</translation>
    </message>
    <message>
        <source>a model description must be a JSON object</source>
        <translation>eine Modellbeschreibung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is %1; this version of Concord reads format %2</source>
        <translation>ist %1; diese Version von Concord liest Format %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must list at least two classes for segmentation (the background usually first, as &quot;ignore&quot;)</source>
        <translation>muss für die Segmentierung mindestens zwei Klassen aufführen (den Hintergrund meist zuerst, als „ignore“)</translation>
    </message>
    <message>
        <source>lists more than 65535 classes</source>
        <translation>führt mehr als 65535 Klassen auf</translation>
    </message>
    <message>
        <source>no such model description</source>
        <translation>keine solche Modellbeschreibung</translation>
    </message>
    <message>
        <source>names more than one label; give its path</source>
        <translation>nennt mehr als ein Label; geben Sie den Pfad an</translation>
    </message>
    <message>
        <source>names no label of the project</source>
        <translation>nennt kein Label des Projekts</translation>
    </message>
    <message>
        <source>names a category readers may not use</source>
        <translation>nennt eine Kategorie, die Befunder nicht verwenden dürfen</translation>
    </message>
    <message>
        <source>field &quot;classes[%1]&quot;: &quot;%2&quot; %3; the labels are: %4 (or &quot;ignore&quot;)</source>
        <translation>Feld „classes[%1]“: „%2“ %3; die Labels sind: %4 (oder „ignore“)</translation>
    </message>
    <message>
        <source>an embedding model makes no pre-labels; it gives features to the learner</source>
        <translation>ein Embedding-Modell erzeugt keine Vorlabels; es liefert dem Lerner Merkmale</translation>
    </message>
    <message>
        <source>a %1 model gives no embedding</source>
        <translation>ein Modell mit der Aufgabe %1 liefert kein Embedding</translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation>das Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the image has no pixels</source>
        <translation>das Bild hat keine Pixel</translation>
    </message>
    <message numerus="yes">
        <source>images with %n channel(s) cannot be given to a model</source>
        <translation>
            <numerusform>Bilder mit %n Kanal können keinem Modell übergeben werden</numerusform>
            <numerusform>Bilder mit %n Kanälen können keinem Modell übergeben werden</numerusform>
        </translation>
    </message>
    <message>
        <source>the classes are not matched to labels</source>
        <translation>die Klassen sind keinen Labels zugeordnet</translation>
    </message>
    <message>
        <source>cannot load the ONNX model (damaged, or uses operators OpenCV %1 does not support): %2</source>
        <translation>das ONNX-Modell kann nicht geladen werden (beschädigt, oder es verwendet Operatoren, die OpenCV %1 nicht unterstützt): %2</translation>
    </message>
    <message>
        <source>the ONNX model has no layers</source>
        <translation>das ONNX-Modell hat keine Schichten</translation>
    </message>
    <message>
        <source>the model failed to run on a [1, %1, %2, %3] input (see &quot;input&quot; in %4): %5</source>
        <translation>das Modell ließ sich mit einer Eingabe [1, %1, %2, %3] nicht ausführen (siehe „input“ in %4): %5</translation>
    </message>
    <message>
        <source>[1, %1] (one score per class in &quot;classes&quot;)</source>
        <translation>[1, %1] (ein Score je Klasse in „classes“)</translation>
    </message>
    <message>
        <source>[1, N, 6] (x1, y1, x2, y2, score, class per row)</source>
        <translation>[1, N, 6] (x1, y1, x2, y2, score, class je Zeile)</translation>
    </message>
    <message>
        <source>[1, %1, H, W] (one score map per class in &quot;classes&quot;)</source>
        <translation>[1, %1, H, W] (eine Score-Map je Klasse in „classes“)</translation>
    </message>
    <message>
        <source>the output of %1 does not match the description: it is %2, a %3 model&apos;s output must be %4</source>
        <translation>die Ausgabe von %1 passt nicht zur Beschreibung: Sie ist %2, die Ausgabe eines Modells mit der Aufgabe %3 muss %4 sein</translation>
    </message>
    <message>
        <source>an embedding model makes no pre-labels</source>
        <translation>ein Embedding-Modell erzeugt keine Vorlabels</translation>
    </message>
    <message>
        <source>unknown task</source>
        <translation>unbekannte Aufgabe</translation>
    </message>
    <message numerus="yes">
        <source>the model gave class %1 in row %2 of its output, but &quot;classes&quot; lists %n class(es)</source>
        <translation>
            <numerusform>das Modell lieferte Klasse %1 in Zeile %2 seiner Ausgabe, aber „classes“ führt %n Klasse auf</numerusform>
            <numerusform>das Modell lieferte Klasse %1 in Zeile %2 seiner Ausgabe, aber „classes“ führt %n Klassen auf</numerusform>
        </translation>
    </message>
    <message>
        <source>holds no network</source>
        <translation>enthält kein Netz</translation>
    </message>
    <message>
        <source>cannot be read as an ONNX model: %1</source>
        <translation>kann nicht als ONNX-Modell gelesen werden: %1</translation>
    </message>
    <message>
        <source>there is no image to encode</source>
        <translation>es gibt kein Bild zum Kodieren</translation>
    </message>
    <message>
        <source>running the encoder failed: %1</source>
        <translation>die Ausführung des Encoders ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the encoder&apos;s output has shape %1; an image embedding [1, channels, height, width] was expected</source>
        <translation>die Ausgabe des Encoders hat die Form %1; erwartet wurde ein Bild-Embedding [1, channels, height, width]</translation>
    </message>
    <message>
        <source>this model takes a box, not points: drag a box</source>
        <translation>dieses Modell nimmt eine Box, keine Punkte: Ziehen Sie eine Box auf</translation>
    </message>
    <message>
        <source>this model takes points, not a box: click on the object</source>
        <translation>dieses Modell nimmt Punkte, keine Box: Klicken Sie auf das Objekt</translation>
    </message>
    <message numerus="yes">
        <source>this model takes at most %n point(s), corners of a box included</source>
        <translation>
            <numerusform>dieses Modell nimmt höchstens %n Punkt, Ecken einer Box eingeschlossen</numerusform>
            <numerusform>dieses Modell nimmt höchstens %n Punkte, Ecken einer Box eingeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>running the decoder failed: %1</source>
        <translation>die Ausführung des Decoders ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the decoder&apos;s output has shape %1; mask logits [1, masks, height, width] were expected</source>
        <translation>die Ausgabe des Decoders hat die Form %1; erwartet wurden Masken-Logits [1, masks, height, width]</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss ein nicht-leerer String sein</translation>
    </message>
    <message>
        <source>must be &quot;window&quot; (the image as displayed), not &quot;%1&quot;</source>
        <translation>muss „window“ (das Bild wie angezeigt) sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be &quot;stretch&quot; or &quot;longest_side&quot;, not &quot;%1&quot;</source>
        <translation>muss „stretch“ oder „longest_side“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be embedding, point_coords, point_labels, box, image_size or constant, not &quot;%1&quot;</source>
        <translation>muss embedding, point_coords, point_labels, box, image_size oder constant sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be an object with &quot;tensor&quot; and &quot;role&quot;</source>
        <translation>muss ein Objekt mit „tensor“ und „role“ sein</translation>
    </message>
    <message>
        <source>must be an array of 1 to 6 sizes</source>
        <translation>muss ein Array aus 1 bis 6 Größen sein</translation>
    </message>
    <message>
        <source>must hold positive integers only</source>
        <translation>darf nur positive Ganzzahlen enthalten</translation>
    </message>
    <message>
        <source>holds more than %1 values</source>
        <translation>enthält mehr als %1 Werte</translation>
    </message>
    <message>
        <source>must be &quot;input_pixels&quot; or &quot;normalized&quot;, not &quot;%1&quot;</source>
        <translation>muss „input_pixels“ oder „normalized“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be an array of {&quot;tensor&quot;, &quot;role&quot;} objects, one per input of the decoder</source>
        <translation>muss ein Array von {&quot;tensor&quot;, &quot;role&quot;}-Objekten sein, eines je Eingabe des Decoders</translation>
    </message>
    <message>
        <source>names &quot;%1&quot; a second time</source>
        <translation>nennt „%1“ ein zweites Mal</translation>
    </message>
    <message>
        <source>must have exactly one input with role &quot;embedding&quot;</source>
        <translation>muss genau eine Eingabe mit der Rolle „embedding“ haben</translation>
    </message>
    <message>
        <source>must have one &quot;point_coords&quot; and one &quot;point_labels&quot; input, or neither</source>
        <translation>muss je eine Eingabe „point_coords“ und „point_labels“ haben oder keine von beiden</translation>
    </message>
    <message>
        <source>needs point inputs with &quot;points&quot; of at least 2</source>
        <translation>benötigt Punkteingaben mit „points“ von mindestens 2</translation>
    </message>
    <message>
        <source>must take points (&quot;point_coords&quot; and &quot;point_labels&quot;) or a box</source>
        <translation>muss Punkte („point_coords“ und „point_labels“) oder eine Box annehmen</translation>
    </message>
    <message>
        <source>must be &quot;prompt_segmentation&quot;, not &quot;%1&quot;</source>
        <translation>muss „prompt_segmentation“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 is not a non-empty string</source>
        <translation>%1 ist kein nicht-leerer String</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;in&quot; is not a non-empty list of strings</source>
        <translation>„in“ ist keine nicht-leere Liste von Strings</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one of equals, in, contains, matches, less, greater</source>
        <translation>„%1“ benötigt genau eines von equals, in, contains, matches, less, greater</translation>
    </message>
    <message>
        <source>unknown condition member &quot;%1&quot; (known: all, any, not, key, meta, dicom, file, path, score)</source>
        <translation>unbekanntes Bedingungselement „%1“ (bekannt: all, any, not, key, meta, dicom, file, path, score)</translation>
    </message>
    <message>
        <source>the condition is nested deeper than %1 levels</source>
        <translation>die Bedingung ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a condition is not an object</source>
        <translation>eine Bedingung ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a non-empty list of conditions</source>
        <translation>„%1“ ist keine nicht-leere Liste von Bedingungen</translation>
    </message>
    <message>
        <source>&quot;score&quot; needs &quot;at_least&quot;</source>
        <translation>„score“ benötigt „at_least“</translation>
    </message>
    <message>
        <source>an empty condition</source>
        <translation>eine leere Bedingung</translation>
    </message>
    <message>
        <source>%1 bytes is larger than a rules document may be (%2 bytes)</source>
        <translation>%1 Bytes sind mehr, als ein Regeldokument umfassen darf (%2 Bytes)</translation>
    </message>
    <message>
        <source>not a labeling rules file (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>keine Labeling-Regeldatei („format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>%1 rules are more than a project may keep (%2)</source>
        <translation>%1 Regeln sind mehr, als ein Projekt haben darf (%2)</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: %2</source>
        <translation>Regel „%1“: %2</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; is there twice; rule names must be unique</source>
        <translation>Regel „%1“ ist doppelt vorhanden; Regelnamen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>the pattern &quot;%1&quot; %2</source>
        <translation>das Muster „%1“ %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a DICOM keyword nor a tag such as (0018,0015)</source>
        <translation>„%1“ ist weder ein DICOM-Schlüsselwort noch ein Tag wie (0018,0015)</translation>
    </message>
    <message>
        <source>a score threshold must be from 0 to 1, not %1</source>
        <translation>ein Score-Schwellenwert muss zwischen 0 und 1 liegen, nicht bei %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pre-label set id</source>
        <translation>„%1“ ist keine Vorlabel-Satz-ID</translation>
    </message>
    <message>
        <source>an all, any or not without its conditions</source>
        <translation>ein all, any oder not ohne seine Bedingungen</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 (at offset %2)</source>
        <translation>ist kein gültiger regulärer Ausdruck: %1 (an Position %2)</translation>
    </message>
    <message>
        <source>repeats a group that itself repeats without bound, which can take exponential time; write it without the nesting</source>
        <translation>wiederholt eine Gruppe, die sich selbst unbegrenzt wiederholt, was exponentielle Zeit kosten kann; schreiben Sie es ohne die Verschachtelung</translation>
    </message>
    <message>
        <source>a rule has no name</source>
        <translation>eine Regel hat keinen Namen</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters or holds a line break</source>
        <translation>der Name ist länger als 200 Zeichen oder enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>no label to vote for</source>
        <translation>kein Label, für das gestimmt wird</translation>
    </message>
    <message>
        <source>&quot;abstain&quot; is not a label: a rule abstains where its condition does not hold</source>
        <translation>„abstain“ ist kein Label: Eine Regel enthält sich, wo ihre Bedingung nicht zutrifft</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: unknown label &quot;%2&quot; (not in the taxonomy, or not one an image may have)</source>
        <translation>Regel „%1“: unbekanntes Label „%2“ (nicht in der Taxonomie oder keines, das ein Bild haben darf)</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: the score of unknown label &quot;%2&quot;</source>
        <translation>Regel „%1“: der Score des unbekannten Labels „%2“</translation>
    </message>
    <message>
        <source>a rule is not an object</source>
        <translation>eine Regel ist kein Objekt</translation>
    </message>
    <message>
        <source>a rule has no &quot;name&quot;</source>
        <translation>eine Regel hat kein „name“</translation>
    </message>
    <message>
        <source>no &quot;when&quot; condition</source>
        <translation>keine „when“-Bedingung</translation>
    </message>
    <message>
        <source>a quote in &quot;%1&quot; is not closed</source>
        <translation>ein Anführungszeichen in „%1“ wird nicht geschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition; a condition starts with key:, meta:, dicom:, file:, path: or score:</source>
        <translation>„%1“ ist keine Bedingung; eine Bedingung beginnt mit key:, meta:, dicom:, file:, path: oder score:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a pattern after the colon</source>
        <translation>„%1“ benötigt ein Muster nach dem Doppelpunkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no comparison (=, *=, ~, &lt;, &gt; or &gt;=)</source>
        <translation>„%1“ hat keinen Vergleich (=, *=, ~, &lt;, &gt; oder &gt;=)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names nothing before &quot;%2&quot;</source>
        <translation>„%1“ nennt nichts vor „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a score is compared as score:LABEL&gt;=P</source>
        <translation>„%1“: Ein Score wird als score:LABEL&gt;=P verglichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; compares with a number</source>
        <translation>„%1“: „%2“ vergleicht mit einer Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &gt;= is for scores; write not (...&lt;...)</source>
        <translation>„%1“: &gt;= ist für Scores; schreiben Sie not (...&lt;...)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the list has an empty value</source>
        <translation>„%1“: Die Liste hat einen leeren Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value after &quot;%2&quot;</source>
        <translation>„%1“ benötigt einen Wert nach „%2“</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>a &quot;(&quot; is not closed</source>
        <translation>eine Klammer „(“ wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the condition ends where a condition was expected</source>
        <translation>die Bedingung endet, wo eine Bedingung erwartet wurde</translation>
    </message>
    <message>
        <source>&quot;%1&quot; where a condition was expected</source>
        <translation>„%1“, wo eine Bedingung erwartet wurde</translation>
    </message>
    <message>
        <source>the condition is too long</source>
        <translation>die Bedingung ist zu lang</translation>
    </message>
    <message>
        <source>gave %1 features, not %2</source>
        <translation>lieferte %1 Merkmale, nicht %2</translation>
    </message>
    <message>
        <source>has no pixels to describe</source>
        <translation>hat keine Pixel, die sich beschreiben ließen</translation>
    </message>
    <message>
        <source>has pixels of a kind the learner cannot describe</source>
        <translation>hat Pixel einer Art, die der Lerner nicht beschreiben kann</translation>
    </message>
    <message numerus="yes">
        <source>the learner needs accepted labels of at least two classes to rank by uncertainty; it has %n class(es)</source>
        <translation>
            <numerusform>der Lerner benötigt akzeptierte Labels aus mindestens zwei Klassen, um nach Unsicherheit zu ordnen; er hat %n Klasse</numerusform>
            <numerusform>der Lerner benötigt akzeptierte Labels aus mindestens zwei Klassen, um nach Unsicherheit zu ordnen; er hat %n Klassen</numerusform>
        </translation>
    </message>
    <message>
        <source>the learner needs at least %1 accepted labels to rank by uncertainty, and has %2: with fewer, its probabilities say more about its defaults than about the images</source>
        <translation>der Lerner benötigt mindestens %1 akzeptierte Labels, um nach Unsicherheit zu ordnen, und hat %2: Mit weniger sagen seine Wahrscheinlichkeiten mehr über seine Voreinstellungen aus als über die Bilder</translation>
    </message>
    <message>
        <source>the learner is not trained</source>
        <translation>der Lerner ist nicht trainiert</translation>
    </message>
    <message>
        <source>a pre-label set may not be a symbolic link</source>
        <translation>ein Vorlabel-Satz darf kein symbolischer Link sein</translation>
    </message>
    <message>
        <source>a pre-label set must be a regular file</source>
        <translation>ein Vorlabel-Satz muss eine reguläre Datei sein</translation>
    </message>
    <message>
        <source>the file has %1 bytes; at most %2 are read</source>
        <translation>die Datei hat %1 Bytes; höchstens %2 werden gelesen</translation>
    </message>
    <message>
        <source>the set&apos;s id &quot;%1&quot; is not its file name</source>
        <translation>die ID „%1“ des Satzes ist nicht sein Dateiname</translation>
    </message>
    <message>
        <source>the pre-label folder must be a folder, not a link</source>
        <translation>der Vorlabel-Ordner muss ein Ordner sein, kein Link</translation>
    </message>
    <message>
        <source>not a valid pre-label set file name</source>
        <translation>kein gültiger Dateiname für einen Vorlabel-Satz</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pre-label set id</source>
        <translation>„%1“ ist keine gültige Vorlabel-Satz-ID</translation>
    </message>
    <message>
        <source>there is no pre-label set &quot;%1&quot;</source>
        <translation>es gibt keinen Vorlabel-Satz „%1“</translation>
    </message>
    <message>
        <source>suggestion &quot;%1&quot;: %2</source>
        <translation>Vorschlag „%1“: %2</translation>
    </message>
    <message>
        <source>a pre-label set &quot;%1&quot; exists already; sets are never overwritten</source>
        <translation>ein Vorlabel-Satz „%1“ existiert bereits; Sätze werden nie überschrieben</translation>
    </message>
    <message>
        <source>%1: unknown kind &quot;%2&quot;</source>
        <translation>%1: unbekannte Art „%2“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an integer from %3 to %4</source>
        <translation>%1: „%2“ muss eine Ganzzahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>suggestion %1</source>
        <translation>Vorschlag %1</translation>
    </message>
    <message>
        <source>%1: bad id: %2</source>
        <translation>%1: ungültige ID: %2</translation>
    </message>
    <message>
        <source>suggestion &quot;%1&quot;</source>
        <translation>Vorschlag „%1“</translation>
    </message>
    <message>
        <source>%1: the item id is empty or too long</source>
        <translation>%1: die Fall-ID ist leer oder zu lang</translation>
    </message>
    <message>
        <source>%1: &quot;score&quot; must be a number from 0 to 1</source>
        <translation>%1: „score“ muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>%1: &quot;box&quot; must be [x, y, width, height]</source>
        <translation>%1: „box“ muss [x, y, width, height] sein</translation>
    </message>
    <message>
        <source>%1: &quot;mask&quot; must be an object</source>
        <translation>%1: „mask“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: the mask region is out of range</source>
        <translation>%1: der Maskenbereich liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>%1: the mask is empty</source>
        <translation>%1: die Maske ist leer</translation>
    </message>
    <message>
        <source>a pre-label set must hold a JSON object</source>
        <translation>ein Vorlabel-Satz muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>not a pre-label set (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>kein Vorlabel-Satz („format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>pre-label set format version %1 is not supported (at most %2)</source>
        <translation>die Formatversion %1 für Vorlabel-Sätze wird nicht unterstützt (höchstens %2)</translation>
    </message>
    <message>
        <source>%1 suggestions; at most %2 are accepted</source>
        <translation>%1 Vorschläge; höchstens %2 werden akzeptiert</translation>
    </message>
    <message>
        <source>suggestion id &quot;%1&quot; appears twice</source>
        <translation>die Vorschlags-ID „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>&quot;uncertainty&quot; must be an object of item ids</source>
        <translation>„uncertainty“ muss ein Objekt mit Fall-IDs sein</translation>
    </message>
    <message>
        <source>the uncertainty of item &quot;%1&quot; must be a number from 0 to 1</source>
        <translation>die Unsicherheit von Fall „%1“ muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>sie ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>it holds a &apos;/&apos; or a control character</source>
        <translation>sie enthält ein &apos;/&apos; oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>suggestion %1 is unrejected but was not rejected</source>
        <translation>die Ablehnung von Vorschlag %1 wird zurückgenommen, aber er wurde nicht abgelehnt</translation>
    </message>
    <message>
        <source>a pre-label decision must name a set and a suggestion</source>
        <translation>eine Vorlabel-Entscheidung muss einen Satz und einen Vorschlag nennen</translation>
    </message>
    <message>
        <source>there is no pre-label set &quot;%1&quot; in this project</source>
        <translation>in diesem Projekt gibt es keinen Vorlabel-Satz „%1“</translation>
    </message>
    <message>
        <source>pre-label set &quot;%1&quot; has no suggestion &quot;%2&quot;</source>
        <translation>Vorlabel-Satz „%1“ hat keinen Vorschlag „%2“</translation>
    </message>
    <message>
        <source>suggestion &quot;%2&quot; of pre-label set &quot;%1&quot; is for item &quot;%3&quot;, not &quot;%4&quot;</source>
        <translation>Vorschlag „%2“ des Vorlabel-Satzes „%1“ gehört zu Fall „%3“, nicht zu „%4“</translation>
    </message>
    <message>
        <source>Run an ONNX model over items as pre-labels; check a model description</source>
        <translation>Ein ONNX-Modell auf Fälle anwenden und Vorlabels erzeugen; eine Modellbeschreibung prüfen</translation>
    </message>
    <message>
        <source>The unlabelled items to label next, by an active-learning strategy</source>
        <translation>Die Fälle ohne Label, die als Nächstes gelabelt werden sollen, nach einer Active-Learning-Strategie</translation>
    </message>
    <message>
        <source>The built-in learner: cross-validated accuracy against the baseline</source>
        <translation>Der eingebaute Lerner: kreuzvalidierte Genauigkeit gegenüber der Baseline</translation>
    </message>
    <message>
        <source>the export destination is a symbolic link; give the folder it points to, or another one</source>
        <translation>das Exportziel ist ein symbolischer Link; geben Sie den Ordner an, auf den er zeigt, oder einen anderen</translation>
    </message>
    <message>
        <source>the export destination is inside the project folder %1, where it could overwrite the project&apos;s own files; choose a folder outside it, or below %1/exports</source>
        <translation>das Exportziel liegt im Projektordner %1, wo es die eigenen Dateien des Projekts überschreiben könnte; wählen Sie einen Ordner außerhalb davon oder unterhalb von %1/exports</translation>
    </message>
    <message>
        <source>cannot make the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Bring another copy&apos;s work (journals, the mask blobs they refer to, items, annotators, item keys, split versions) into the project. Merging twice changes nothing; a copy of another project is refused; conflicts keep this project&apos;s version (docs/curation.md, &quot;Merging copies&quot;).</source>
        <translation>Die Arbeit einer anderen Kopie (Journale, die Masken-Blobs, auf die sie verweisen, Fälle, Annotatoren, Fallschlüssel, Aufteilungsversionen) in das Projekt übernehmen. Zweimaliges Zusammenführen ändert nichts; eine Kopie eines anderen Projekts wird abgelehnt; bei Konflikten bleibt die Version dieses Projekts erhalten (docs/curation.md, „Merging copies“).</translation>
    </message>
    <message>
        <source>The model description (JSON next to the .onnx).</source>
        <translation>Die Modellbeschreibung (JSON neben der .onnx-Datei).</translation>
    </message>
    <message>
        <source>a blank image</source>
        <translation>ein leeres Bild</translation>
    </message>
    <message>
        <source>Read a model description, load its ONNX model and run it once on a blank image, checking the output against the declared layout; print the description. With --project, also match its classes to the project&apos;s labels.</source>
        <translation>Eine Modellbeschreibung lesen, ihr ONNX-Modell laden und es einmal auf einem leeren Bild ausführen, wobei die Ausgabe gegen das angegebene Layout geprüft wird; die Beschreibung ausgeben. Mit --project außerdem ihre Klassen den Labels des Projekts zuordnen.</translation>
    </message>
    <message>
        <source>The model description (JSON).</source>
        <translation>Die Modellbeschreibung (JSON).</translation>
    </message>
    <message>
        <source>A project whose labels the classes must name.</source>
        <translation>Ein Projekt, dessen Labels die Klassen benennen müssen.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>no item %1 in the project</source>
        <translation>kein Fall %1 im Projekt</translation>
    </message>
    <message>
        <source>model: %1/%2 items (%3%)</source>
        <translation>model: %1/%2 Fälle (%3 %)</translation>
    </message>
    <message>
        <source>%1: an embedding model makes no pre-labels</source>
        <translation>%1: ein Embedding-Modell erzeugt keine Vorlabels</translation>
    </message>
    <message>
        <source>concord-cli model: cancelled; nothing was written</source>
        <translation>concord-cli model: abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>warning: skipped: </source>
        <translation>Warnung: übersprungen: </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n item(s)</source>
        <translation>
            <numerusform> für %n Fall</numerusform>
            <numerusform> für %n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n item(s) skipped</source>
        <translation>
            <numerusform>; %n Fall übersprungen</numerusform>
            <numerusform>; %n Fälle übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Run an ONNX model over items and write what it proposes as a pre-label set (prelabels/&lt;id&gt;.json), with each item&apos;s uncertainty. Prints the set&apos;s id and counts; progress goes to stderr. Ctrl-C cancels and writes nothing.</source>
        <translation>Ein ONNX-Modell auf Fällen ausführen und seine Vorschläge als Vorlabel-Satz schreiben (prelabels/&lt;ID&gt;.json), mit der Unsicherheit jedes Falls. Gibt die ID des Satzes und die Anzahlen aus; der Fortschritt geht nach stderr. Ctrl-C bricht ab und schreibt nichts.</translation>
    </message>
    <message>
        <source>The items to run on, by id (comma-separated).</source>
        <translation>Die zu verarbeitenden Fälle, als IDs (kommagetrennt).</translation>
    </message>
    <message>
        <source>Run on every item of the project.</source>
        <translation>Auf allen Fällen des Projekts ausführen.</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>--model ist erforderlich</translation>
    </message>
    <message>
        <source>give either --items or --all</source>
        <translation>geben Sie entweder --items oder --all an</translation>
    </message>
    <message>
        <source>Usage: concord-cli model &lt;run|check&gt; ...
  run &lt;project&gt; --model DESC.json (--items ID,... | --all) [--json]
           run an ONNX model over items and write a pre-label set
  check DESC.json [--project P] [--json]
           validate a model description and its model, and print it
Run &apos;concord-cli model &lt;run|check&gt; --help&apos; for details.
</source>
        <translation>Aufruf: concord-cli model &lt;run|check&gt; ...
  run &lt;Projekt&gt; --model DESC.json (--items ID,... | --all) [--json]
           ein ONNX-Modell auf Fällen ausführen und einen Vorlabel-Satz schreiben
  check DESC.json [--project P] [--json]
           eine Modellbeschreibung und ihr Modell prüfen und die Beschreibung ausgeben
Führen Sie &apos;concord-cli model &lt;run|check&gt; --help&apos; aus, um Details zu sehen.
</translation>
    </message>
    <message>
        <source>warning: %1 left out: %2
</source>
        <translation>Warnung: %1 ausgelassen: %2
</translation>
    </message>
    <message>
        <source>warning: not cached: %1
</source>
        <translation>Warnung: nicht zwischengespeichert: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Learner: %n accepted label(s)</source>
        <translation>
            <numerusform>Lerner: %n akzeptiertes Label</numerusform>
            <numerusform>Lerner: %n akzeptierte Labels</numerusform>
        </translation>
    </message>
    <message>
        <source>Not trained: it needs accepted labels of at least two classes.
</source>
        <translation>Nicht trainiert: Er benötigt akzeptierte Labels aus mindestens zwei Klassen.
</translation>
    </message>
    <message>
        <source>Cross-validated accuracy %1 (%2 folds), against %3 for always guessing the most common class.
</source>
        <translation>Kreuzvalidierte Genauigkeit %1 (%2 Folds), gegenüber %3, wenn immer die häufigste Klasse geraten wird.
</translation>
    </message>
    <message>
        <source>The learner does no better than the baseline: do not trust its ranking yet.
</source>
        <translation>Der Lerner ist nicht besser als die Baseline: Vertrauen Sie seiner Rangfolge noch nicht.
</translation>
    </message>
    <message>
        <source>cannot order by %1: %2. --strategy random or diversity need no labels.</source>
        <translation>nach %1 kann nicht geordnet werden: %2. --strategy random oder diversity benötigen keine Labels.</translation>
    </message>
    <message numerus="yes">
        <source>Next %n item(s) by %1:
</source>
        <translation>
            <numerusform>%n nächster Fall nach %1:
</numerusform>
            <numerusform>%n nächste Fälle nach %1:
</numerusform>
        </translation>
    </message>
    <message>
        <source>--strategy takes one of %1, not &quot;%2&quot;</source>
        <translation>--strategy erwartet eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to 100000, not &quot;%1&quot;</source>
        <translation>--count erwartet eine Zahl von 1 bis 100000, nicht „%1“</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;</source>
        <translation>--seed erwartet eine ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>least-confidence, margin, entropy, diversity (k-center greedy on the features) or random.</source>
        <translation>least-confidence, margin, entropy, diversity (k-Center-Greedy auf den Merkmalen) oder random.</translation>
    </message>
    <message>
        <source>How many items (default 10).</source>
        <translation>Wie viele Fälle (Standard: 10).</translation>
    </message>
    <message>
        <source>The seed of random (and of diversity&apos;s first pick without labels).</source>
        <translation>Der Startwert von random (und der ersten Auswahl von diversity ohne Labels).</translation>
    </message>
    <message>
        <source>--strategy is required</source>
        <translation>--strategy ist erforderlich</translation>
    </message>
    <message>
        <source>status.</source>
        <translation>status.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; give the label another name or parent</source>
        <translation>„%1“ existiert bereits; geben Sie dem Label einen anderen Namen oder einen anderen Elternknoten</translation>
    </message>
    <message>
        <source>the decoder gives a different number of masks (%1) than of scores (%2)</source>
        <translation>der Decoder liefert eine andere Anzahl von Masken (%1) als von Scores (%2)</translation>
    </message>
    <message>
        <source>Labeling rules whose label model turns into pre-label suggestions</source>
        <translation>Labeling-Regeln, deren Label-Modell zu Vorlabel-Vorschlägen wird</translation>
    </message>
    <message>
        <source>%1 is %2: labeling rules are changed and applied by leads</source>
        <translation>%1 ist %2: Labeling-Regeln werden von der Leitung geändert und angewendet</translation>
    </message>
    <message>
        <source>No labeling rules yet; add one with rules add
</source>
        <translation>Noch keine Labeling-Regeln; fügen Sie eine mit rules add hinzu
</translation>
    </message>
    <message>
        <source>%1  -&gt; %2  when %3
</source>
        <translation>%1  -&gt; %2  wenn %3
</translation>
    </message>
    <message>
        <source>--when: %1</source>
        <translation>--when: %1</translation>
    </message>
    <message>
        <source>a rule named &quot;%1&quot; exists already</source>
        <translation>eine Regel namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>Added rule &quot;%1&quot; (rules revision %2)
</source>
        <translation>Regel „%1“ hinzugefügt (Regelrevision %2)
</translation>
    </message>
    <message>
        <source>no rule is named &quot;%1&quot;</source>
        <translation>es gibt keine Regel namens „%1“</translation>
    </message>
    <message>
        <source>Removed rule &quot;%1&quot; (rules revision %2)
</source>
        <translation>Regel „%1“ entfernt (Regelrevision %2)
</translation>
    </message>
    <message>
        <source>--min-probability takes a number from 0 to 1</source>
        <translation>--min-probability erwartet eine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>%1: no labeling rules to apply; add one with rules add</source>
        <translation>%1: keine Labeling-Regeln zum Anwenden; fügen Sie eine mit rules add hinzu</translation>
    </message>
    <message>
        <source>warning: header not read: %1
</source>
        <translation>Warnung: Header nicht gelesen: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), rules revision %1: the rules together cover %2 %, overlap on %3 %, conflict on %4 %
</source>
        <translation>
            <numerusform>%n Fall, Regelrevision %1: Die Regeln decken zusammen %2 % ab, überlappen bei %3 % und stehen bei %4 % in Konflikt
</numerusform>
            <numerusform>%n Fälle, Regelrevision %1: Die Regeln decken zusammen %2 % ab, überlappen bei %3 % und stehen bei %4 % in Konflikt
</numerusform>
        </translation>
    </message>
    <message>
        <source>rule  votes  coverage  conflicts  accuracy on gold  on accepted  learned
</source>
        <translation>Regel  Stimmen  Abdeckung  Konflikte  Genauigkeit auf Gold-Fällen  auf akzeptierten  gelernt
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote pre-label set %1: %n suggestion(s) at probability %2 or more
</source>
        <translation>
            <numerusform>Vorlabel-Satz %1 geschrieben: %n Vorschlag mit Wahrscheinlichkeit %2 oder mehr
</numerusform>
            <numerusform>Vorlabel-Satz %1 geschrieben: %n Vorschläge mit Wahrscheinlichkeit %2 oder mehr
</numerusform>
        </translation>
    </message>
    <message>
        <source>needs --as &lt;lead&gt;: who changes the rules</source>
        <translation>benötigt --as &lt;Leitung&gt;: wer die Regeln ändert</translation>
    </message>
    <message>
        <source>add needs --when CONDITION</source>
        <translation>add benötigt --when CONDITION</translation>
    </message>
    <message>
        <source>apply needs --as &lt;lead&gt; (who writes the pre-label set), or --dry-run</source>
        <translation>apply benötigt --as &lt;Leitung&gt; (wer den Vorlabel-Satz schreibt) oder --dry-run</translation>
    </message>
    <message>
        <source>Labeling rules (docs/labeling-rules.md): each votes for one label on the items its condition holds for; the label model weighs the rules by their agreement and its labels become a pre-label set, offered in the window as suggestions.
  rules list &lt;project&gt; [--json]
  rules add &lt;project&gt; NAME LABEL --when CONDITION --as LEAD
  rules remove &lt;project&gt; NAME --as LEAD
  rules apply &lt;project&gt; --as LEAD [--min-probability P] [--json]
  rules apply &lt;project&gt; --dry-run [--json]
CONDITION, e.g.: dicom:BodyPartExamined=CHEST and (file:*_pa.dcm or dicom:ViewPosition=PA); key:site=[Leeds,York] and not score:Pneumothorax&gt;=0.8</source>
        <translation>Labeling-Regeln (docs/labeling-rules.md): Jede stimmt bei den Fällen, für die ihre Bedingung zutrifft, für ein Label; das Label-Modell gewichtet die Regeln nach ihrer Übereinstimmung, und seine Labels werden zu einem Vorlabel-Satz, der im Fenster als Vorschläge angeboten wird.
  rules list &lt;Projekt&gt; [--json]
  rules add &lt;Projekt&gt; NAME LABEL --when CONDITION --as LEAD
  rules remove &lt;Projekt&gt; NAME --as LEAD
  rules apply &lt;Projekt&gt; --as LEAD [--min-probability P] [--json]
  rules apply &lt;Projekt&gt; --dry-run [--json]
CONDITION, z. B.: dicom:BodyPartExamined=CHEST and (file:*_pa.dcm or dicom:ViewPosition=PA); key:site=[Leeds,York] and not score:Pneumothorax&gt;=0.8</translation>
    </message>
    <message>
        <source>list, add, remove or apply.</source>
        <translation>list, add, remove oder apply.</translation>
    </message>
    <message>
        <source>add: NAME LABEL; remove: NAME.</source>
        <translation>add: NAME LABEL; remove: NAME.</translation>
    </message>
    <message>
        <source>The lead who changes or applies the rules.</source>
        <translation>Die Leitung, die die Regeln ändert oder anwendet.</translation>
    </message>
    <message>
        <source>add: the rule&apos;s condition.</source>
        <translation>add: die Bedingung der Regel.</translation>
    </message>
    <message>
        <source>apply: the least probability a label needs to be suggested (0.5).</source>
        <translation>apply: die Mindestwahrscheinlichkeit, die ein Label braucht, um vorgeschlagen zu werden (0.5).</translation>
    </message>
    <message>
        <source>apply: report the votes and the analysis, write nothing.</source>
        <translation>apply: die Stimmen und die Analyse ausgeben, nichts schreiben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pre-label set&apos;s name</source>
        <translation>„%1“ ist kein Name eines Vorlabel-Satzes</translation>
    </message>
    <message>
        <source>the set&apos;s id &quot;%1&quot; is not its file&apos;s name</source>
        <translation>die ID „%1“ des Satzes ist nicht der Name seiner Datei</translation>
    </message>
    <message>
        <source>pre-label set &quot;%1&quot; differs between the copies; kept this project&apos;s, which decisions made in the other copy now name</source>
        <translation>Vorlabel-Satz „%1“ unterscheidet sich zwischen den Kopien; der Satz dieses Projekts wurde behalten, auf den sich nun die in der anderen Kopie getroffenen Entscheidungen beziehen</translation>
    </message>
    <message>
        <source>the copies hold different labeling rules; kept this project&apos;s</source>
        <translation>die Kopien enthalten unterschiedliche Labeling-Regeln; die Regeln dieses Projekts wurden behalten</translation>
    </message>
    <message>
        <source>the header must name either an &quot;image&quot; or an &quot;item&quot; column</source>
        <translation>die Kopfzeile muss entweder eine Spalte „image“ oder eine Spalte „item“ nennen</translation>
    </message>
    <message>
        <source>the header has no &quot;label&quot; column</source>
        <translation>die Kopfzeile hat keine Spalte „label“</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; matches no item of the project</source>
        <translation>Bild „%1“ passt zu keinem Fall des Projekts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label of the project</source>
        <translation>„%1“ ist kein Label des Projekts</translation>
    </message>
    <message>
        <source>the score &quot;%1&quot; is not a number from 0 to 1</source>
        <translation>der Score „%1“ ist keine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is given twice for item %2</source>
        <translation>Label „%1“ ist für Fall %2 doppelt angegeben</translation>
    </message>
    <message>
        <source>the learner&apos;s features need an embedding model, not a %1 model</source>
        <translation>die Merkmale des Lerners erfordern ein Embedding-Modell, kein Modell mit der Aufgabe %1</translation>
    </message>
    <message>
        <source>cannot read the model: %1</source>
        <translation>das Modell kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the model</source>
        <translation>das Modell kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the model gives no features</source>
        <translation>das Modell liefert keine Merkmale</translation>
    </message>
    <message>
        <source>With a project: count this pre-label set as one more reader, &quot;model:&lt;set&gt;&quot;, to compare the readers with the model (models are left out otherwise).</source>
        <translation>Mit einem Projekt: diesen Vorlabel-Satz als weiteren Befunder „model:&lt;set&gt;“ zählen, um die Befunder mit dem Modell zu vergleichen (sonst bleiben Modelle außen vor).</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>With --prelabels: the least score a suggestion counts at (default 0.5).</source>
        <translation>Mit --prelabels: der Mindest-Score, ab dem ein Vorschlag zählt (Standard: 0,5).</translation>
    </message>
    <message>
        <source>--min-score applies only to --prelabels</source>
        <translation>--min-score gilt nur für --prelabels</translation>
    </message>
    <message>
        <source>--min-score takes a number from 0 to 1</source>
        <translation>--min-score erwartet eine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>List or import pre-label sets; how readers used their suggestions</source>
        <translation>Vorlabel-Sätze auflisten oder importieren; wie die Befunder deren Vorschläge genutzt haben</translation>
    </message>
    <message>
        <source>%1 journals added, %2 extended, %3 unchanged; %4 items, %5 annotators, %6 guideline versions, %7 blobs, %8 item keys, %9 split versions added</source>
        <translation>%1 Journale hinzugefügt, %2 erweitert, %3 unverändert; %4 Fälle, %5 Annotatoren, %6 Leitfadenversionen, %7 Blobs, %8 Fallschlüssel, %9 Aufteilungsversionen hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>; %n pre-label set(s) added</source>
        <translation>
            <numerusform>; %n Vorlabel-Satz hinzugefügt</numerusform>
            <numerusform>; %n Vorlabel-Sätze hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>; the labeling rules added</source>
        <translation>; die Labeling-Regeln hinzugefügt</translation>
    </message>
    <message>
        <source>Learn from the features of an ONNX embedding model (its description, task &quot;embedding&quot;) instead of the built-in image descriptors.</source>
        <translation>Aus den Merkmalen eines ONNX-Embedding-Modells lernen (seine Beschreibung, Aufgabe „embedding“) statt aus den eingebauten Bilddeskriptoren.</translation>
    </message>
    <message>
        <source>The unlabelled items to label next, in the order an active-learning strategy gives (docs/active-learning.md), with the built-in learner&apos;s cross-validated accuracy. The learner is trained on the accepted image labels, or its model is reused from the project&apos;s cache when nothing changed.
  next &lt;project&gt; --strategy least-confidence|margin|entropy|diversity|random [--count N] [--seed K] [--features EMBEDDING.json] [--json]
The uncertainty strategies need at least %1 accepted labels of two classes; diversity and random need none.</source>
        <translation>Die Fälle ohne Label, die als Nächstes gelabelt werden sollen, in der Reihenfolge, die eine Active-Learning-Strategie vorgibt (docs/active-learning.md), mit der kreuzvalidierten Genauigkeit des eingebauten Lerners. Der Lerner wird auf den akzeptierten Bild-Labels trainiert, oder sein Modell wird aus dem Cache des Projekts wiederverwendet, wenn sich nichts geändert hat.
  next &lt;Projekt&gt; --strategy least-confidence|margin|entropy|diversity|random [--count N] [--seed K] [--features EMBEDDING.json] [--json]
Die Unsicherheitsstrategien benötigen mindestens %1 akzeptierte Labels aus zwei Klassen; diversity und random benötigen keine.</translation>
    </message>
    <message>
        <source>The built-in learner trained on the project&apos;s accepted image labels (docs/active-learning.md): labels used, cross-validated accuracy and the majority-class baseline.
  learner status &lt;project&gt; [--features EMBEDDING.json] [--json]</source>
        <translation>Der eingebaute Lerner, trainiert auf den akzeptierten Bild-Labels des Projekts (docs/active-learning.md): verwendete Labels, kreuzvalidierte Genauigkeit und die Baseline der Mehrheitsklasse.
  learner status &lt;Projekt&gt; [--features EMBEDDING.json] [--json]</translation>
    </message>
    <message>
        <source>No pre-label sets.
</source>
        <translation>Keine Vorlabel-Sätze.
</translation>
    </message>
    <message>
        <source>  (%1, %2)</source>
        <translation>  (%1, %2)</translation>
    </message>
    <message>
        <source>the file holds no predictions</source>
        <translation>die Datei enthält keine Vorhersagen</translation>
    </message>
    <message>
        <source>  label: suggestions, accepted, rejected, acceptance rate, relabeled, mean IoU (shapes compared)
</source>
        <translation>  Label: Vorschläge, akzeptiert, abgelehnt, Akzeptanzrate, neu gelabelt, mittlere IoU (verglichene Formen)
</translation>
    </message>
    <message>
        <source>all labels</source>
        <translation>alle Labels</translation>
    </message>
    <message numerus="yes">
        <source>  time saved per item: %1 s (items with accepted suggestions against items without suggestions, within each of %n reader(s); %2 against %3 items)
</source>
        <translation>
            <numerusform>  Zeitersparnis pro Fall: %1 s (Fälle mit akzeptierten Vorschlägen gegenüber Fällen ohne Vorschläge, je Befunder verglichen, bei %n Befunder; %2 gegenüber %3 Fällen)
</numerusform>
            <numerusform>  Zeitersparnis pro Fall: %1 s (Fälle mit akzeptierten Vorschlägen gegenüber Fällen ohne Vorschläge, je Befunder verglichen, bei %n Befundern; %2 gegenüber %3 Fällen)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  time saved per item: not known yet (no reader has timed items both with accepted suggestions and without suggestions)
</source>
        <translation>  Zeitersparnis pro Fall: noch nicht bekannt (kein Befunder hat Zeiten sowohl für Fälle mit akzeptierten Vorschlägen als auch für Fälle ohne Vorschläge erfasst)
</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; supported: coco, dicom-seg, csv</source>
        <translation>unbekanntes Format „%1“; unterstützt: coco, dicom-seg, csv</translation>
    </message>
    <message>
        <source>Pre-label sets (docs/prelabels.md): a model&apos;s suggestions, which readers accept or reject in the window&apos;s Suggestions tab; never a reader&apos;s work.
  prelabels list &lt;project&gt; [--json]
  prelabels import &lt;project&gt; FILE [--format coco|dicom-seg|csv] [--name MODEL] [--version V] [--json]
  prelabels stats &lt;project&gt; [--set ID] [--json]
import reads predictions made elsewhere: COCO results (boxes, polygons, RLE masks, each with its &quot;score&quot;), DICOM Segmentations, or a CSV of image labels (image or item, label, score). stats gives, per label, the acceptance rate and the mean IoU between each accepted suggestion and the shape the reader kept, and the time saved per item against items without suggestions.</source>
        <translation>Vorlabel-Sätze (docs/prelabels.md): die Vorschläge eines Modells, die Befunder im Panel „Vorschläge“ des Fensters akzeptieren oder ablehnen; nie die Arbeit eines Befunders.
  prelabels list &lt;Projekt&gt; [--json]
  prelabels import &lt;Projekt&gt; FILE [--format coco|dicom-seg|csv] [--name MODEL] [--version V] [--json]
  prelabels stats &lt;Projekt&gt; [--set ID] [--json]
import liest anderswo erstellte Vorhersagen: COCO-Ergebnisse (Boxen, Polygone, RLE-Masken, jeweils mit ihrem „score“), DICOM-Segmentierungen oder eine CSV-Datei mit Bild-Labels (image oder item, label, score). stats liefert je Label die Akzeptanzrate und die mittlere IoU zwischen jedem akzeptierten Vorschlag und der Form, die der Befunder behalten hat, sowie die Zeitersparnis pro Fall gegenüber Fällen ohne Vorschläge.</translation>
    </message>
    <message>
        <source>list, import or stats.</source>
        <translation>list, import oder stats.</translation>
    </message>
    <message>
        <source>import: the predictions.</source>
        <translation>import: die Vorhersagen.</translation>
    </message>
    <message>
        <source>import: coco (the default), dicom-seg (a SEG file or a folder of them), or csv (image labels).</source>
        <translation>import: coco (Standard), dicom-seg (eine SEG-Datei oder ein Ordner mit solchen) oder csv (Bild-Labels).</translation>
    </message>
    <message>
        <source>import: the model&apos;s name (the file&apos;s name by default).</source>
        <translation>import: der Name des Modells (standardmäßig der Dateiname).</translation>
    </message>
    <message>
        <source>import: the model&apos;s version.</source>
        <translation>import: die Version des Modells.</translation>
    </message>
    <message>
        <source>stats: only this set.</source>
        <translation>stats: nur dieser Satz.</translation>
    </message>
    <message>
        <source>segment %1 &quot;%2&quot; is not a label of the project, and no single label carries its category and type codes</source>
        <translation>Segment %1 „%2“ ist kein Label des Projekts, und es gibt kein eindeutiges Label mit seinen Kategorie- und Typcodes</translation>
    </message>
    <message>
        <source>must name the mask logits output when &quot;scores&quot; is given</source>
        <translation>muss die Ausgabe der Masken-Logits benennen, wenn „scores“ angegeben ist</translation>
    </message>
    <message>
        <source>DICOM SEG: %1 %2 %3 / %4 %5 %6</source>
        <translation>DICOM SEG: %1 %2 %3 / %4 %5 %6</translation>
    </message>
    <message>
        <source>a code needs a value, a coding scheme and a meaning</source>
        <translation>ein Code benötigt einen Wert, ein Kodierschema und eine Bedeutung</translation>
    </message>
    <message>
        <source>a code may hold no backslash or control character</source>
        <translation>ein Code darf keinen Backslash und kein Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>the code value &quot;%1&quot; is longer than 16 characters</source>
        <translation>der Codewert „%1“ ist länger als 16 Zeichen</translation>
    </message>
    <message>
        <source>the coding scheme &quot;%1&quot; is longer than 16 characters</source>
        <translation>das Kodierschema „%1“ ist länger als 16 Zeichen</translation>
    </message>
    <message>
        <source>the code meaning &quot;%1&quot; is longer than 64 characters</source>
        <translation>die Codebedeutung „%1“ ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>a label&apos;s segment codes need both a category and a type</source>
        <translation>die Segmentcodes eines Labels benötigen sowohl eine Kategorie als auch einen Typ</translation>
    </message>
    <message>
        <source>segment category: %1</source>
        <translation>Segmentkategorie: %1</translation>
    </message>
    <message>
        <source>segment type: %1</source>
        <translation>Segmenttyp: %1</translation>
    </message>
    <message numerus="yes">
        <source>QIDO-RS %1: cancelled after %n match(es)</source>
        <translation>
            <numerusform>QIDO-RS %1: nach %n Treffer abgebrochen</numerusform>
            <numerusform>QIDO-RS %1: nach %n Treffern abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>QIDO-RS %1: asked for the matches from number %2 on, the node sent again matches it had sent before: it does not page with &quot;offset&quot;. Stopped after %n match(es); narrow the search so that one page of %3 holds them all</source>
        <translation>
            <numerusform>QIDO-RS %1: Treffer ab Nummer %2 angefordert, doch der Knoten hat erneut Treffer gesendet, die er schon zuvor gesendet hatte: Er blättert nicht mit „offset“. Nach %n Treffer abgebrochen; schränken Sie die Suche so ein, dass eine Seite mit %3 Treffern alle enthält</numerusform>
            <numerusform>QIDO-RS %1: Treffer ab Nummer %2 angefordert, doch der Knoten hat erneut Treffer gesendet, die er schon zuvor gesendet hatte: Er blättert nicht mit „offset“. Nach %n Treffern abgebrochen; schränken Sie die Suche so ein, dass eine Seite mit %3 Treffern alle enthält</numerusform>
        </translation>
    </message>
    <message>
        <source>QIDO-RS %1: stopped after %2 pages of matches</source>
        <translation>QIDO-RS %1: nach %2 Seiten mit Treffern abgebrochen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL; write it as http://host:port/path, e.g. http://127.0.0.1:8042/dicom-web</source>
        <translation>„%1“ ist keine http- oder https-URL; schreiben Sie sie als http://host:port/path, z. B. http://127.0.0.1:8042/dicom-web</translation>
    </message>
    <message>
        <source>the URL may not hold a user name or password; give the user, and where the password is, as the node&apos;s authentication (on the command line --basic-user and --password-env)</source>
        <translation>die URL darf weder Benutzernamen noch Passwort enthalten; geben Sie den Benutzer und den Ort des Passworts als Authentifizierung des Knotens an (auf der Befehlszeile --basic-user und --password-env)</translation>
    </message>
    <message>
        <source>C-FIND cancelled</source>
        <translation>C-FIND abgebrochen</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the segmentation: %1</source>
        <translation>für die Segmentierung kann kein temporärer Ordner erstellt werden: %1</translation>
    </message>
    <message>
        <source>item %1: no segmentation to send</source>
        <translation>Fall %1: keine Segmentierung zu senden</translation>
    </message>
    <message>
        <source>no free pre-label set id for &quot;%1&quot;</source>
        <translation>keine freie Vorlabel-Satz-ID für „%1“</translation>
    </message>
    <message>
        <source>label &quot;%1&quot;: %2</source>
        <translation>Label „%1“: %2</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Model descriptions (*.json)</source>
        <translation>Modellbeschreibungen (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n Serie</numerusform>
            <numerusform>%n Serien</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the taxonomy against how readers used it, list it, or change it as the window&apos;s taxonomy editor does. A change is published with a new guideline version (its text unchanged) by the lead --as names, so every version keeps the taxonomy it had.
  taxonomy check &lt;project&gt; [--json]     pairs readers confuse beyond chance, items no label fits, catch-all use, the taxonomy&apos;s structure
  taxonomy list &lt;project&gt; [--json]
  taxonomy add &lt;project&gt; NAME --as LEAD [--parent LABEL] [--color #rrggbb] [--hotkey K] [--description TEXT] [--attribute SPEC]... [--segment-category CODE --segment-type CODE]
  taxonomy rename &lt;project&gt; LABEL NEW-NAME --as LEAD
  taxonomy edit &lt;project&gt; LABEL --as LEAD [--name NAME] [--color #rrggbb] [--hotkey K] [--description TEXT] [--parent LABEL | --top-level] [--before LABEL] [--attribute SPEC]... [--remove-attribute NAME]... [--segment-category CODE --segment-type CODE | --no-segment-codes]
  taxonomy remove &lt;project&gt; LABEL --as LEAD      the label and everything below it
  taxonomy leaf-only &lt;project&gt; on|off --as LEAD
A LABEL is its id, its path (&quot;Finding/Nodule&quot;) or its name when unique. Every change takes --summary TEXT for the version&apos;s change summary.</source>
        <translation>Die Taxonomie gegen ihre Verwendung durch die Befunder prüfen, sie auflisten oder sie so ändern, wie es der Taxonomie-Editor des Fensters tut. Eine Änderung wird mit einer neuen Leitfadenversion (mit unverändertem Text) durch die mit --as genannte Leitung veröffentlicht, sodass jede Version ihre damalige Taxonomie behält.
  taxonomy check &lt;Projekt&gt; [--json]     Paare, die Befunder überzufällig verwechseln, Fälle, zu denen kein Label passt, Verwendung von Sammel-Labels, die Struktur der Taxonomie
  taxonomy list &lt;Projekt&gt; [--json]
  taxonomy add &lt;Projekt&gt; NAME --as LEAD [--parent LABEL] [--color #rrggbb] [--hotkey K] [--description TEXT] [--attribute SPEC]... [--segment-category CODE --segment-type CODE]
  taxonomy rename &lt;Projekt&gt; LABEL NEW-NAME --as LEAD
  taxonomy edit &lt;Projekt&gt; LABEL --as LEAD [--name NAME] [--color #rrggbb] [--hotkey K] [--description TEXT] [--parent LABEL | --top-level] [--before LABEL] [--attribute SPEC]... [--remove-attribute NAME]... [--segment-category CODE --segment-type CODE | --no-segment-codes]
  taxonomy remove &lt;Projekt&gt; LABEL --as LEAD      das Label und alles darunter
  taxonomy leaf-only &lt;Projekt&gt; on|off --as LEAD
Ein LABEL ist seine ID, sein Pfad („Finding/Nodule“) oder sein Name, sofern dieser eindeutig ist. Jede Änderung akzeptiert --summary TEXT für die Änderungszusammenfassung der Version.</translation>
    </message>
    <message>
        <source>DICOM SEG: category %1, type %2</source>
        <translation>DICOM SEG: Kategorie %1, Typ %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not SCHEME:VALUE:MEANING, e.g. SCT:52988006:Lesion</source>
        <translation>„%1“ hat nicht die Form SCHEME:VALUE:MEANING, z. B. SCT:52988006:Lesion</translation>
    </message>
    <message>
        <source>add, edit: the label&apos;s Segmented Property Category in a DICOM SEG, SCHEME:VALUE:MEANING (e.g. SCT:49755003:Morphologically abnormal structure); needs --segment-type too.</source>
        <translation>add, edit: die Segmented Property Category des Labels in einem DICOM SEG, SCHEME:VALUE:MEANING (z. B. SCT:49755003:Morphologically abnormal structure); erfordert auch --segment-type.</translation>
    </message>
    <message>
        <source>add, edit: the label&apos;s Segmented Property Type in a DICOM SEG, SCHEME:VALUE:MEANING (e.g. SCT:27925004:Nodule).</source>
        <translation>add, edit: der Segmented Property Type des Labels in einem DICOM SEG, SCHEME:VALUE:MEANING (z. B. SCT:27925004:Nodule).</translation>
    </message>
    <message>
        <source>edit: drop the label&apos;s DICOM SEG codes (its segments get the default).</source>
        <translation>edit: die DICOM-SEG-Codes des Labels entfernen (seine Segmente erhalten die Standardcodes).</translation>
    </message>
    <message>
        <source>; a linked dataset links only files inside the project, copy the images instead (--images copy)</source>
        <translation>; ein Datensatz mit Hardlinks verweist nur auf Dateien innerhalb des Projekts, kopieren Sie stattdessen die Bilder (--images copy)</translation>
    </message>
    <message>
        <source>cannot read: no such file</source>
        <translation>kann nicht gelesen werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot be linked into %1: a hard link needs the image and the dataset on one file system, and they are on two; export to a folder on the project&apos;s file system, or copy the images (--images copy)</source>
        <translation>kann nicht per Hardlink in %1 eingebunden werden: Ein Hardlink erfordert, dass Bild und Datensatz auf einem Dateisystem liegen, sie liegen aber auf zwei verschiedenen; exportieren Sie in einen Ordner auf dem Dateisystem des Projekts oder kopieren Sie die Bilder (--images copy)</translation>
    </message>
    <message>
        <source>cannot be linked into %1: %2; copy the images instead (--images copy)</source>
        <translation>kann nicht per Hardlink in %1 eingebunden werden: %2; kopieren Sie stattdessen die Bilder (--images copy)</translation>
    </message>
    <message>
        <source>has changed since it was imported; import it again</source>
        <translation>wurde seit dem Import geändert; importieren Sie es erneut</translation>
    </message>
    <message>
        <source>is not a plain file; refused</source>
        <translation>ist keine reguläre Datei; abgelehnt</translation>
    </message>
    <message>
        <source>holds another SOP Instance UID than the project recorded; import it again</source>
        <translation>enthält eine andere SOP Instance UID als die im Projekt erfasste; importieren Sie es erneut</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>is not a well-formed PNG, so its metadata cannot be removed; refused</source>
        <translation>ist kein wohlgeformtes PNG, daher können seine Metadaten nicht entfernt werden; abgelehnt</translation>
    </message>
    <message>
        <source>a de-identified dataset cannot link its images: a link is the original file, with everything in it that names the patient; copy them instead</source>
        <translation>ein de-identifizierter Datensatz kann seine Bilder nicht per Hardlink einbinden: Ein Hardlink ist die Originaldatei, mit allem darin, was den Patienten benennt; kopieren Sie die Bilder stattdessen</translation>
    </message>
    <message>
        <source>the image has neither Pixel Spacing nor Imager Pixel Spacing, so its areas and lengths cannot be given in mm2 and mm: no report written</source>
        <translation>das Bild hat weder Pixel Spacing noch Imager Pixel Spacing, daher können seine Flächen und Längen nicht in mm2 und mm angegeben werden: kein Bericht geschrieben</translation>
    </message>
    <message>
        <source>its boxes, polygons, masks and rulers have labels no longer in the taxonomy: no report written</source>
        <translation>die Boxen, Polygone, Masken und Lineale haben Labels, die nicht mehr in der Taxonomie sind: kein Bericht geschrieben</translation>
    </message>
    <message>
        <source>no boxes, polygons, masks or rulers: no report written</source>
        <translation>keine Boxen, Polygone, Masken oder Lineale: kein Bericht geschrieben</translation>
    </message>
    <message>
        <source>the node closed the connection without answering; if it expects DICOM TLS on this port, turn TLS on for the node</source>
        <translation>der Knoten hat die Verbindung ohne Antwort geschlossen; falls er auf diesem Port DICOM TLS erwartet, schalten Sie TLS für den Knoten ein</translation>
    </message>
    <message>
        <source>the node closed the connection after the TLS handshake; it may ask for Concord&apos;s certificate: add Concord&apos;s certificate and private key to the node</source>
        <translation>der Knoten hat die Verbindung nach dem TLS-Handshake geschlossen; möglicherweise verlangt er das Zertifikat von Concord: Fügen Sie dem Knoten das Zertifikat und den privaten Schlüssel von Concord hinzu</translation>
    </message>
    <message>
        <source>the node closed the connection after the TLS handshake; it may not accept Concord&apos;s certificate %1</source>
        <translation>der Knoten hat die Verbindung nach dem TLS-Handshake geschlossen; möglicherweise akzeptiert er das Zertifikat %1 von Concord nicht</translation>
    </message>
    <message>
        <source>a DICOMweb node needs a base URL, e.g. http://127.0.0.1:8042/dicom-web</source>
        <translation>ein DICOMweb-Knoten benötigt eine Basis-URL, z. B. http://127.0.0.1:8042/dicom-web</translation>
    </message>
    <message>
        <source>TLS certificate files are given but TLS is off</source>
        <translation>TLS-Zertifikatsdateien sind angegeben, aber TLS ist ausgeschaltet</translation>
    </message>
    <message>
        <source>TLS needs the CA certificate file that signs the node&apos;s certificate</source>
        <translation>TLS benötigt die Datei mit dem CA-Zertifikat, das das Zertifikat des Knotens signiert</translation>
    </message>
    <message>
        <source>Concord&apos;s TLS certificate and its private key go together: give both or neither</source>
        <translation>Das TLS-Zertifikat von Concord und sein privater Schlüssel gehören zusammen: Geben Sie beide oder keines von beiden an</translation>
    </message>
    <message numerus="yes">
        <source>C-FIND cancelled after %n match(es)</source>
        <translation>
            <numerusform>C-FIND nach %n Treffer abgebrochen</numerusform>
            <numerusform>C-FIND nach %n Treffern abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Concord&apos;s storage SCP refused the node&apos;s TLS connection: %1</source>
        <translation>Der Storage-SCP von Concord hat die TLS-Verbindung des Knotens abgelehnt: %1</translation>
    </message>
    <message>
        <source>a page holds from %1 to %2 matches, not %3</source>
        <translation>eine Seite umfasst %1 bis %2 Treffer, nicht %3</translation>
    </message>
    <message>
        <source>a search brings from 1 to %1 matches, or 0 for all of them, not %2</source>
        <translation>eine Suche liefert 1 bis %1 Treffer oder 0 für alle, nicht %2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>a C-MOVE over TLS needs Concord&apos;s certificate and private key, which its storage SCP shows the node; add them to the node, or retrieve with C-GET</source>
        <translation>ein C-MOVE über TLS benötigt das Zertifikat und den privaten Schlüssel von Concord, die sein Storage-SCP dem Knoten vorweist; fügen Sie beide dem Knoten hinzu oder rufen Sie mit C-GET ab</translation>
    </message>
    <message>
        <source>cannot set up TLS (OpenSSL %1)</source>
        <translation>TLS kann nicht eingerichtet werden (OpenSSL %1)</translation>
    </message>
    <message>
        <source>the CA certificate file</source>
        <translation>die CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>holds no CA certificate in PEM form</source>
        <translation>enthält kein CA-Zertifikat im PEM-Format</translation>
    </message>
    <message>
        <source>Concord&apos;s certificate file</source>
        <translation>Concords Zertifikatsdatei</translation>
    </message>
    <message>
        <source>the private key file</source>
        <translation>die Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>the private key may be read by others; make it readable only by you (chmod 600)</source>
        <translation>der private Schlüssel ist für andere lesbar; machen Sie ihn nur für Sie lesbar (chmod 600)</translation>
    </message>
    <message>
        <source>cannot read the private key: Concord reads an unencrypted PEM key</source>
        <translation>der private Schlüssel kann nicht gelesen werden: Concord liest einen unverschlüsselten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>holds no certificate in PEM form</source>
        <translation>enthält kein Zertifikat im PEM-Format</translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate %1</source>
        <translation>der private Schlüssel gehört nicht zum Zertifikat %1</translation>
    </message>
    <message>
        <source>cannot set up TLS: %1</source>
        <translation>TLS kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>cannot check the node&apos;s certificate against the host name %1</source>
        <translation>das Zertifikat des Knotens kann nicht gegen den Hostnamen %1 geprüft werden</translation>
    </message>
    <message>
        <source>the certificate %1 was refused: %2</source>
        <translation>das Zertifikat %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>the node&apos;s certificate (%1)</source>
        <translation>das Zertifikat des Knotens (%1)</translation>
    </message>
    <message>
        <source>TLS refused: %1 is not issued for %2</source>
        <translation>TLS abgelehnt: %1 ist nicht für %2 ausgestellt</translation>
    </message>
    <message>
        <source>TLS refused: %1 has expired</source>
        <translation>TLS abgelehnt: %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>TLS refused: %1 is not valid yet</source>
        <translation>TLS abgelehnt: %1 ist noch nicht gültig</translation>
    </message>
    <message>
        <source>TLS refused: %1 is not trusted: no certificate in %2 signs it</source>
        <translation>TLS abgelehnt: %1 ist nicht vertrauenswürdig: Kein Zertifikat in %2 signiert es</translation>
    </message>
    <message>
        <source>TLS refused: %1 is not accepted: %2</source>
        <translation>TLS abgelehnt: %1 wird nicht akzeptiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>no TLS answer within %n second(s): does the node speak DICOM TLS on this port, or plain DICOM?</source>
        <translation>
            <numerusform>keine TLS-Antwort innerhalb von %n Sekunde: Spricht der Knoten auf diesem Port DICOM TLS oder unverschlüsseltes DICOM?</numerusform>
            <numerusform>keine TLS-Antwort innerhalb von %n Sekunden: Spricht der Knoten auf diesem Port DICOM TLS oder unverschlüsseltes DICOM?</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS handshake failed: the node closed the connection or did not answer in TLS on port %1 of %2; it may speak plain DICOM there (%3)</source>
        <translation>TLS-Handshake fehlgeschlagen: Der Knoten hat die Verbindung geschlossen oder an Port %1 von %2 nicht per TLS geantwortet; möglicherweise spricht er dort unverschlüsseltes DICOM (%3)</translation>
    </message>
    <message>
        <source>TLS handshake failed: the node asks for Concord&apos;s certificate; add Concord&apos;s certificate and private key to the node (%1)</source>
        <translation>TLS-Handshake fehlgeschlagen: Der Knoten verlangt das Zertifikat von Concord; fügen Sie dem Knoten das Zertifikat und den privaten Schlüssel von Concord hinzu (%1)</translation>
    </message>
    <message>
        <source>TLS handshake failed: the node refused the connection (%1)</source>
        <translation>TLS-Handshake fehlgeschlagen: Der Knoten hat die Verbindung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>ruler %1 is removed but does not exist</source>
        <translation>Lineal %1 wird entfernt, existiert aber nicht</translation>
    </message>
    <message>
        <source>ruler %1 is added twice</source>
        <translation>Lineal %1 wird zweimal hinzugefügt</translation>
    </message>
    <message>
        <source>ruler %1 is changed but does not exist</source>
        <translation>Lineal %1 wird geändert, existiert aber nicht</translation>
    </message>
    <message>
        <source>ruler %1 has label %2, which is not in the taxonomy</source>
        <translation>Lineal %1 hat das Label %2, das nicht in der Taxonomie ist</translation>
    </message>
    <message>
        <source>a ruler needs its two ends given as x, y pairs</source>
        <translation>ein Lineal benötigt seine beiden Enden als x,y-Paare</translation>
    </message>
    <message>
        <source>a ruler end is not a finite number inside the image&apos;s range</source>
        <translation>ein Linealende ist keine endliche Zahl innerhalb des Bildbereichs</translation>
    </message>
    <message>
        <source>voc, yolo, csv, jsonl: copy the images (the default), or hard-link them to the project&apos;s files (link: no space taken; the dataset and the project must be on one file system).</source>
        <translation>voc, yolo, csv, jsonl: die Bilder kopieren (Standard) oder per Hardlink mit den Dateien des Projekts verknüpfen (link: belegt keinen zusätzlichen Speicherplatz; Datensatz und Projekt müssen auf einem Dateisystem liegen).</translation>
    </message>
    <message>
        <source>De-identify what is written with the project&apos;s key: image names, SOP Instance UIDs, item, reader and session ids as pseudonyms; DICOM images, SEG and SR through the PS3.15 basic profile; PNG text chunks removed. Matches the images concord-cli deidentify --project writes.</source>
        <translation>Das Geschriebene mit dem Schlüssel des Projekts de-identifizieren: Bildnamen, SOP Instance UIDs sowie Fall-, Befunder- und Sitzungs-IDs als Pseudonyme; DICOM-Bilder, SEG und SR über das PS3.15-Basisprofil; Text-Chunks aus PNG-Dateien entfernt. Passt zu den Bildern, die concord-cli deidentify --project schreibt.</translation>
    </message>
    <message>
        <source>--images is copy or link, not &quot;%1&quot;</source>
        <translation>--images ist copy oder link, nicht „%1“</translation>
    </message>
    <message>
        <source>--images is for the voc, yolo, csv and jsonl formats, which hold the images</source>
        <translation>--images gilt nur für die Formate voc, yolo, csv und jsonl, die die Bilder enthalten</translation>
    </message>
    <message>
        <source>--images link cannot go with --deidentify: a link is the original file, with everything in it that names the patient; de-identified images are always copies</source>
        <translation>--images link ist nicht mit --deidentify kombinierbar: Ein Hardlink ist die Originaldatei, mit allem darin, was den Patienten benennt; de-identifizierte Bilder sind immer Kopien</translation>
    </message>
    <message>
        <source>DICOM TLS (BCP 195, TLS 1.2 or newer): the node&apos;s certificate must be signed by a certificate in --ca and name its host.</source>
        <translation>DICOM TLS (BCP 195, TLS 1.2 oder neuer): Das Zertifikat des Knotens muss von einem Zertifikat in --ca signiert sein und seinen Host nennen.</translation>
    </message>
    <message>
        <source>With --tls: the CA certificates, PEM, that sign the node&apos;s certificate.</source>
        <translation>Mit --tls: das oder die CA-Zertifikate (PEM), die das Zertifikat des Knotens signieren.</translation>
    </message>
    <message>
        <source>With --tls: Concord&apos;s certificate, PEM, for a node that asks for one and for --move&apos;s storage SCP.</source>
        <translation>Mit --tls: das Zertifikat von Concord (PEM), für einen Knoten, der eines verlangt, und für den Storage-SCP von --move.</translation>
    </message>
    <message>
        <source>With --cert: its private key, PEM, unencrypted, readable only by you (chmod 600).</source>
        <translation>Mit --cert: dessen privater Schlüssel (PEM), unverschlüsselt, nur für Sie lesbar (chmod 600).</translation>
    </message>
    <message>
        <source>--ca, --cert and --key go with --tls</source>
        <translation>--ca, --cert und --key gelten nur zusammen mit --tls</translation>
    </message>
    <message>
        <source>--tls is for DIMSE nodes; a DICOMweb node uses TLS with an https URL</source>
        <translation>--tls gilt nur für DIMSE-Knoten; ein DICOMweb-Knoten verwendet TLS mit einer https-URL</translation>
    </message>
    <message>
        <source>--tls needs --ca FILE, the CA certificate that signs the node&apos;s certificate</source>
        <translation>--tls benötigt --ca FILE, das CA-Zertifikat, das das Zertifikat des Knotens signiert</translation>
    </message>
    <message>
        <source>--cert and --key go together</source>
        <translation>--cert und --key gehören zusammen</translation>
    </message>
    <message>
        <source>--%1 %2: no such file</source>
        <translation>--%1 %2: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>--%1 is for a node given as AET@host:port; the saved node %2 has its own TLS settings (concord-cli pacs nodes list)</source>
        <translation>--%1 gilt nur für einen als AET@host:port angegebenen Knoten; der gespeicherte Knoten %2 hat eigene TLS-Einstellungen (concord-cli pacs nodes list)</translation>
    </message>
    <message>
        <source>DICOMweb: matches asked for in one QIDO-RS request, %1 to %2 (default: the window&apos;s File &gt; Preferences, else %3).</source>
        <translation>DICOMweb: in einer QIDO-RS-Anfrage angeforderte Treffer, %1 bis %2 (Standard: Datei &gt; Einstellungen im Fenster, sonst %3).</translation>
    </message>
    <message>
        <source>At most this many matches, 0 for all (default: the window&apos;s File &gt; Preferences, else %1); a warning says when the node has more.</source>
        <translation>Höchstens so viele Treffer, 0 für alle (Standard: Datei &gt; Einstellungen im Fenster, sonst %1); eine Warnung meldet, wenn der Knoten mehr hat.</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message numerus="yes">
        <source>warning: the first %n match(es) only; the node has more: narrow the search, or raise --max-results (0 for all)
</source>
        <translation>
            <numerusform>Warnung: nur %n Treffer; der Knoten hat mehr: Schränken Sie die Suche ein oder erhöhen Sie --max-results (0 für alle)
</numerusform>
            <numerusform>Warnung: nur die ersten %n Treffer; der Knoten hat mehr: Schränken Sie die Suche ein oder erhöhen Sie --max-results (0 für alle)
</numerusform>
        </translation>
    </message>
    <message>
        <source>	TLS, CA %1</source>
        <translation>	TLS, CA %1</translation>
    </message>
    <message>
        <source>Usage: concord-cli pacs &lt;echo|find|get|send|nodes&gt; ...
  echo &lt;node&gt;                        check that the node answers (C-ECHO, QIDO-RS)
  find &lt;node&gt; [--level ...] [keys]   query (C-FIND, QIDO-RS); --json for JSON lines
  get &lt;project&gt; &lt;node&gt; --study UID   retrieve into the project (C-GET, --move, WADO-RS)
  send &lt;node&gt; &lt;file&gt;...              send files (C-STORE, STOW-RS), a receipt per file
  nodes add|list|remove              the saved nodes
A node is a saved node&apos;s name, an address AET@host:port (DIMSE) or a URL
http(s)://host:port/path (DICOMweb); an address takes --tls --ca FILE [--cert FILE
--key FILE] for DICOM TLS.
Run &apos;concord-cli pacs &lt;action&gt; --help&apos; for details.
</source>
        <translation>Aufruf: concord-cli pacs &lt;echo|find|get|send|nodes&gt; ...
  echo &lt;Knoten&gt;                                 prüfen, ob der Knoten antwortet (C-ECHO, QIDO-RS)
  find &lt;Knoten&gt; [--level ...] [Suchschlüssel]   abfragen (C-FIND, QIDO-RS); --json für JSON-Zeilen
  get &lt;Projekt&gt; &lt;Knoten&gt; --study UID            in das Projekt abrufen (C-GET, --move, WADO-RS)
  send &lt;Knoten&gt; &lt;Datei&gt;...                      Dateien senden (C-STORE, STOW-RS), mit Empfangsbestätigung je Datei
  nodes add|list|remove                         die gespeicherten Knoten
Ein Knoten ist der Name eines gespeicherten Knotens, eine Adresse AET@host:port (DIMSE)
oder eine URL http(s)://host:port/path (DICOMweb); eine Adresse akzeptiert für DICOM TLS
--tls --ca FILE [--cert FILE --key FILE].
Führen Sie &apos;concord-cli pacs &lt;Aktion&gt; --help&apos; aus, um Details zu sehen.
</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>is not a well-formed JPEG, so its metadata cannot be removed; refused</source>
        <translation>ist kein wohlgeformtes JPEG, daher können seine Metadaten nicht entfernt werden; abgelehnt</translation>
    </message>
    <message>
        <source>is neither DICOM, PNG, JPEG nor BMP: its metadata cannot be removed without re-encoding; convert it to PNG, or export without --deidentify</source>
        <translation>ist weder DICOM, PNG, JPEG noch BMP: Seine Metadaten können nicht ohne Neukodierung entfernt werden; wandeln Sie es in PNG um oder exportieren Sie ohne --deidentify</translation>
    </message>
    <message>
        <source>%1 may be changed by others; make it writable only by you (chmod 644 or 600)</source>
        <translation>%1 kann von anderen geändert werden; machen Sie die Datei nur für Sie beschreibbar (chmod 644 oder 600)</translation>
    </message>
    <message>
        <source>its key is too weak: BCP 195 asks for RSA keys of 2048 bits or more</source>
        <translation>sein Schlüssel ist zu schwach: BCP 195 verlangt RSA-Schlüssel mit 2048 Bit oder mehr</translation>
    </message>
    <message>
        <source>it is signed with a digest too weak (SHA-1 or older)</source>
        <translation>es ist mit einem zu schwachen Hashverfahren signiert (SHA-1 oder älter)</translation>
    </message>
    <message>
        <source>Concord&apos;s certificate is refused: %1</source>
        <translation>Das Zertifikat von Concord wird abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>concord::AgreementCoefficientModel</name>
    <message>
        <source>Percent agreement</source>
        <translation>Prozentuale Übereinstimmung</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>Fleiss’ κ</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1</source>
        <translation>Gwets AC1</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>not chance-corrected</source>
        <translation>nicht zufallskorrigiert</translation>
    </message>
    <message>
        <source>%1% interval, %2</source>
        <translation>%1-%-Intervall, %2</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Koeffizient</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Landis–Koch</source>
        <translation>Landis–Koch</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Befunder</translation>
    </message>
    <message>
        <source>The things rated. In a single-label table, one per item. In the pooled table of a multi-label project, one per item and label (each label is a yes/no decision), so 15 items and 10 labels make 150 units.</source>
        <translation>Die bewerteten Einheiten. In einer Single-Label-Tabelle eine pro Fall. In der gepoolten Tabelle eines Multi-Label-Projekts eine pro Fall und Label (jedes Label ist eine Ja/Nein-Entscheidung), sodass 15 Fälle und 10 Labels 150 Einheiten ergeben.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
</context>
<context>
    <name>concord::AgreementPanel</name>
    <message>
        <source>Multi-label projects measure each label as present or absent; &quot;All labels&quot; pools every item-label decision.</source>
        <translation>Multi-Label-Projekte messen jedes Label als vorhanden oder nicht vorhanden; „Alle Labels“ fasst alle Fall-Label-Entscheidungen zusammen.</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>Koeffizienten</translation>
    </message>
    <message>
        <source>95% intervals: analytic for percent, Fleiss and AC1, bootstrap over items for α. Landis–Koch readings are a convention.</source>
        <translation>95-%-Intervalle: analytisch für Prozent, Fleiss und AC1, Bootstrap über Fälle für α. Einstufungen nach Landis–Koch sind eine Konvention.</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ per category</source>
        <translation>Fleiss’ κ je Kategorie</translation>
    </message>
    <message>
        <source>Low bars show which findings need a clearer guideline.</source>
        <translation>Niedrige Balken zeigen, welche Befunde einen klareren Leitfaden brauchen.</translation>
    </message>
    <message>
        <source>Box agreement</source>
        <translation>Box-Übereinstimmung</translation>
    </message>
    <message>
        <source>Boxes matched one to one per image by IoU ≥ 0.5, over the images both readers read. Reader A is the reference.</source>
        <translation>Boxen werden je Bild eins zu eins nach IoU ≥ 0,5 zugeordnet, über die Bilder, die beide Befunder befundet haben. Befunder A ist die Referenz.</translation>
    </message>
    <message>
        <source>Mask agreement</source>
        <translation>Masken-Übereinstimmung</translation>
    </message>
    <message>
        <source>Each image and label either reader outlined (masks and polygons), over the images both read; means per pair. HD95 is the 95th-percentile Hausdorff distance, over outlines both drew.</source>
        <translation>Jedes Bild und Label, das einer der Befunder umrissen hat (Masken und Polygone), über die Bilder, die beide befundet haben; Mittelwerte je Paar. HD95 ist die Hausdorff-Distanz (95. Perzentil) über die Umrisse, die beide gezeichnet haben.</translation>
    </message>
    <message>
        <source>Pairwise Cohen&apos;s κ</source>
        <translation>Paarweises Cohens κ</translation>
    </message>
    <message>
        <source>Each pair of readers on the items both labeled (n). Blue is agreement beyond chance, red systematic disagreement.</source>
        <translation>Jedes Befunderpaar auf den Fällen, die beide gelabelt haben (n). Blau ist Übereinstimmung über dem Zufall, Rot systematische Nichtübereinstimmung.</translation>
    </message>
    <message>
        <source>Trend of α by guideline version and by week</source>
        <translation>Verlauf von α nach Leitfadenversion und nach Woche</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1 readers · %2 of %3 items labeled</source>
        <translation>%1 Befunder · %2 von %3 Fällen gelabelt</translation>
    </message>
    <message>
        <source>Notes on these figures</source>
        <translation>Hinweise zu diesen Werten</translation>
    </message>
    <message>
        <source>Needs two readers who labeled the same items.</source>
        <translation>Benötigt zwei Befunder, die dieselben Fälle gelabelt haben.</translation>
    </message>
    <message>
        <source>No category was chosen.</source>
        <translation>Es wurde keine Kategorie gewählt.</translation>
    </message>
    <message>
        <source>Reader A</source>
        <translation>Befunder A</translation>
    </message>
    <message>
        <source>Reader B</source>
        <translation>Befunder B</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Boxes A / B</source>
        <translation>Boxen A / B</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Mean IoU</source>
        <translation>Mittlere IoU</translation>
    </message>
    <message>
        <source>Outlines compared</source>
        <translation>Verglichene Umrisse</translation>
    </message>
    <message>
        <source>Mean Dice</source>
        <translation>Mittlerer Dice</translation>
    </message>
    <message>
        <source>Mean HD95</source>
        <translation>Mittlere HD95</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Save this report as PDF, a web page, CSV or JSON</source>
        <translation>Diesen Bericht als PDF, Webseite, CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Save the agreement report</source>
        <translation>Übereinstimmungsbericht speichern</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>Bericht kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop computing this report (Esc closes the window)</source>
        <translation>Berechnung dieses Berichts abbrechen (Esc schließt das Fenster)</translation>
    </message>
    <message>
        <source>Stopped before the report was ready.</source>
        <translation>Abgebrochen, bevor der Bericht fertig war.</translation>
    </message>
    <message>
        <source>Stopped: what is shown is the report before this change.</source>
        <translation>Abgebrochen: Angezeigt wird der Bericht vor dieser Änderung.</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Compute the report for this selection</source>
        <translation>Den Bericht für diese Auswahl berechnen</translation>
    </message>
</context>
<context>
    <name>concord::AgreementSelectionBar</name>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>readers</source>
        <translation>Befunder</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Only labels last changed on or after this day.</source>
        <translation>Nur Labels, die zuletzt an oder nach diesem Tag geändert wurden.</translation>
    </message>
    <message>
        <source>Only labels last changed on or before this day.</source>
        <translation>Nur Labels, die zuletzt an oder vor diesem Tag geändert wurden.</translation>
    </message>
    <message>
        <source>Compare labels at a parent level of the taxonomy: readers who chose different kinds of one finding agree at that finding&apos;s level.</source>
        <translation>Labels auf einer übergeordneten Ebene der Taxonomie vergleichen: Befunder, die verschiedene Ausprägungen eines Befunds gewählt haben, stimmen auf der Ebene dieses Befunds überein.</translation>
    </message>
    <message>
        <source>Measure only these labels (a label includes its children).</source>
        <translation>Nur diese Labels messen (ein Label schließt seine Kinder ein).</translation>
    </message>
    <message>
        <source>Only labels made under this guideline version.</source>
        <translation>Nur Labels, die unter dieser Leitfadenversion vergeben wurden.</translation>
    </message>
    <message>
        <source>A reference reader: compared with every other reader and left out of the inter-reader coefficients.</source>
        <translation>Ein Referenzbefunder: wird mit jedem anderen Befunder verglichen und aus den Inter-Befunder-Koeffizienten ausgenommen.</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Ebene</translation>
    </message>
    <message>
        <source>La&amp;bels</source>
        <translation>L&amp;abels</translation>
    </message>
    <message>
        <source>&amp;Guideline</source>
        <translation>&amp;Leitfaden</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>S&amp;ince</source>
        <translation>Sei&amp;t</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Readers</source>
        <translation>Be&amp;funder</translation>
    </message>
    <message>
        <source>G&amp;old</source>
        <translation>&amp;Gold</translation>
    </message>
    <message>
        <source>Labels as chosen</source>
        <translation>Labels wie gewählt</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Alle Labels</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Alle Versionen</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>concord::AnnotatorDialog</name>
    <message>
        <source>I am:</source>
        <translation>Ich bin:</translation>
    </message>
    <message>
        <source>New profile:</source>
        <translation>Neues Profil:</translation>
    </message>
    <message>
        <source>Who is labeling?</source>
        <translation>Wer labelt?</translation>
    </message>
    <message>
        <source>Every label you make records who made it. Choose your profile.</source>
        <translation>Jedes Label, das Sie vergeben, hält fest, wer es vergeben hat. Wählen Sie Ihr Profil.</translation>
    </message>
    <message>
        <source>e.g. jdoe (letters, digits, . _ -)</source>
        <translation>z. B. jdoe (Buchstaben, Ziffern, . _ -)</translation>
    </message>
    <message>
        <source>e.g. Dr. Jane Doe</source>
        <translation>z. B. Dr. Erika Mustermann</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Start labeling</source>
        <translation>Labeln beginnen</translation>
    </message>
    <message>
        <source>Roles are taken on trust on this machine. Every session records who worked and in which role, so the journals show it.</source>
        <translation>Rollen werden auf diesem Rechner ungeprüft übernommen. Jede Sitzung hält fest, wer in welcher Rolle gearbeitet hat, sodass die Journale es zeigen.</translation>
    </message>
</context>
<context>
    <name>concord::AttributeForm</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Ordinal: %1</source>
        <translation>Ordinal: %1</translation>
    </message>
    <message>
        <source>Nominal: %1</source>
        <translation>Nominal: %1</translation>
    </message>
</context>
<context>
    <name>concord::BoxTool</name>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Draw box</source>
        <translation>Box zeichnen</translation>
    </message>
    <message>
        <source>Move box</source>
        <translation>Box verschieben</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>Boxgröße ändern</translation>
    </message>
    <message>
        <source>Nudge box</source>
        <translation>Box schrittweise verschieben</translation>
    </message>
    <message>
        <source>Delete box</source>
        <translation>Box löschen</translation>
    </message>
</context>
<context>
    <name>concord::BrushOptionsWidget</name>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush diameter in image pixels ( [ and ] or Ctrl+wheel )</source>
        <translation>Pinseldurchmesser in Bildpixeln ( [ und ] oder Ctrl+Mausrad )</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Grey levels either side of the value under the click that count as the same tissue</source>
        <translation>Graustufen beiderseits des Werts unter dem Klick, die als dasselbe Gewebe gelten</translation>
    </message>
    <message>
        <source>Tolerance ±</source>
        <translation>Toleranz ±</translation>
    </message>
    <message>
        <source>Range: set by the first click</source>
        <translation>Bereich: durch den ersten Klick festgelegt</translation>
    </message>
    <message>
        <source>The displayed grey levels the tool takes, from the first click</source>
        <translation>Die angezeigten Graustufen, die das Werkzeug übernimmt, ab dem ersten Klick</translation>
    </message>
    <message>
        <source>Range: %1 – %2</source>
        <translation>Bereich: %1 – %2</translation>
    </message>
</context>
<context>
    <name>concord::BrushTool</name>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <source>Threshold brush</source>
        <translation>Schwellenwert-Pinsel</translation>
    </message>
    <message>
        <source>Paints only pixels whose grey level is within the tolerance of the pixel you first press. Esc: start a new mask.</source>
        <translation>Malt nur Pixel, deren Graustufe innerhalb der Toleranz des zuerst gedrückten Pixels liegt. Esc: neue Maske beginnen.</translation>
    </message>
    <message>
        <source>Erases from the selected mask, or the one under the cursor.</source>
        <translation>Radiert aus der ausgewählten Maske oder der Maske unter dem Mauszeiger.</translation>
    </message>
    <message>
        <source>Paints into the selected mask, or starts a new one with the active label. Esc: start a new mask; Alt+click: select a mask.</source>
        <translation>Malt in die ausgewählte Maske oder beginnt eine neue mit dem aktiven Label. Esc: neue Maske beginnen; Alt+Klick: Maske auswählen.</translation>
    </message>
    <message>
        <source>Paint mask</source>
        <translation>Maske malen</translation>
    </message>
    <message>
        <source>Erase mask</source>
        <translation>Maske radieren</translation>
    </message>
    <message>
        <source>Delete mask</source>
        <translation>Maske löschen</translation>
    </message>
</context>
<context>
    <name>concord::CalibrationPlans</name>
    <message>
        <source>a session needs items and readers</source>
        <translation>eine Sitzung benötigt Fälle und Befunder</translation>
    </message>
    <message>
        <source>unknown participant &quot;%1&quot;</source>
        <translation>unbekannter Teilnehmer „%1“</translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot;</source>
        <translation>unbekannter Fall „%1“</translation>
    </message>
    <message>
        <source>there is no guideline version %1</source>
        <translation>es gibt keine Leitfadenversion %1</translation>
    </message>
    <message>
        <source>set up a calibration session</source>
        <translation>eine Kalibrierungssitzung einrichten</translation>
    </message>
    <message>
        <source>Calibration %1</source>
        <translation>Kalibrierung %1</translation>
    </message>
    <message>
        <source>set up a gold test</source>
        <translation>einen Goldtest einrichten</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; has no reference label</source>
        <translation>Fall „%1“ hat kein Referenzlabel</translation>
    </message>
    <message>
        <source>Gold test %1</source>
        <translation>Goldtest %1</translation>
    </message>
    <message>
        <source>there is no gold test &quot;%1&quot;</source>
        <translation>es gibt keinen Goldtest „%1“</translation>
    </message>
    <message>
        <source>gold test results need an open session</source>
        <translation>Goldtest-Ergebnisse erfordern eine offene Sitzung</translation>
    </message>
    <message>
        <source>submit every item of the gold test to see its result</source>
        <translation>geben Sie jeden Fall des Goldtests ab, um sein Ergebnis zu sehen</translation>
    </message>
    <message>
        <source>%1 did not take this gold test</source>
        <translation>%1 hat diesen Goldtest nicht absolviert</translation>
    </message>
    <message>
        <source>review a calibration session</source>
        <translation>eine Kalibrierungssitzung auswerten</translation>
    </message>
    <message>
        <source>there is no calibration session &quot;%1&quot;</source>
        <translation>es gibt keine Kalibrierungssitzung „%1“</translation>
    </message>
    <message>
        <source>a session named &quot;%1&quot; already exists</source>
        <translation>eine Sitzung namens „%1“ existiert bereits</translation>
    </message>
</context>
<context>
    <name>concord::CalibrationReviewWindow</name>
    <message>
        <source>Record reference label</source>
        <translation>Referenzlabel erfassen</translation>
    </message>
    <message>
        <source>Make guideline example / edge case…</source>
        <translation>Als Leitfadenbeispiel / Grenzfall übernehmen…</translation>
    </message>
    <message>
        <source>Calibration review: %1</source>
        <translation>Kalibrierungsauswertung: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Nichtübereinstimmung</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Why (optional): goes into the journal and the guideline</source>
        <translation>Begründung (optional): wird ins Journal und in den Leitfaden übernommen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Readers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Befunder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Image-label votes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bild-Label-Stimmen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reference label&lt;/b&gt;</source>
        <translation>&lt;b&gt;Referenzlabel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>This image cannot be shown.

%1</source>
        <translation>Dieses Bild kann nicht angezeigt werden.

%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 items (%3 read) · %4 readers · guideline v%5 — percent agreement &lt;b&gt;%6&lt;/b&gt; · Fleiss&apos; κ &lt;b&gt;%7&lt;/b&gt;%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 Fälle (%3 befundet) · %4 Befunder · Leitfaden v%5 — prozentuale Übereinstimmung &lt;b&gt;%6&lt;/b&gt; · Fleiss’ κ &lt;b&gt;%7&lt;/b&gt;%8</translation>
    </message>
    <message>
        <source> · pooled over labels (multi-label)</source>
        <translation> · über Labels gepoolt (Multi-Label)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n Box</numerusform>
            <numerusform>%n Boxen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mask(s)</source>
        <translation>
            <numerusform>%n Maske</numerusform>
            <numerusform>%n Masken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s)</source>
        <translation>
            <numerusform>%n Polygon</numerusform>
            <numerusform>%n Polygone</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No reader has worked on this item.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Befunder hat an diesem Fall gearbeitet.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No image labels.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Bild-Labels.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Recorded: &lt;b&gt;%1&lt;/b&gt; by %2%3</source>
        <translation>Erfasst: &lt;b&gt;%1&lt;/b&gt; von %2%3</translation>
    </message>
    <message>
        <source>none of the labels</source>
        <translation>keines der Labels</translation>
    </message>
    <message>
        <source>Only a lead or an adjudicator records reference labels.</source>
        <translation>Nur Leitung oder Adjudikatoren erfassen Referenzlabels.</translation>
    </message>
    <message>
        <source>Reference label not recorded</source>
        <translation>Referenzlabel nicht erfasst</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>kein Befund</translation>
    </message>
    <message>
        <source>Edge case from %1: %2</source>
        <translation>Grenzfall aus %1: %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not yet settled. Tick the labels that apply and record.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch nicht entschieden. Haken Sie die zutreffenden Labels an und erfassen Sie.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>concord::CalibrationSetupDialog</name>
    <message>
        <source>New calibration session</source>
        <translation>Neue Kalibrierungssitzung</translation>
    </message>
    <message>
        <source>Calibration %1</source>
        <translation>Kalibrierung %1</translation>
    </message>
    <message>
        <source>At random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Stratified by current label (rare findings included)</source>
        <translation>Nach aktuellem Label stratifiziert (seltene Befunde eingeschlossen)</translation>
    </message>
    <message>
        <source>By hand (tick the items below)</source>
        <translation>Von Hand (Fälle unten anhaken)</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Fälle:</translation>
    </message>
    <message>
        <source>Pick items:</source>
        <translation>Fälle auswählen:</translation>
    </message>
    <message>
        <source>Readers:</source>
        <translation>Befunder:</translation>
    </message>
    <message>
        <source>Guideline:</source>
        <translation>Leitfaden:</translation>
    </message>
    <message>
        <source>Start calibration</source>
        <translation>Kalibrierung starten</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be read blind</source>
        <translation>
            <numerusform>Verblindete Befundung von %n Fall</numerusform>
            <numerusform>Verblindete Befundung von %n Fällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> by %n reader(s).</source>
        <translation>
            <numerusform> durch %n Befunder.</numerusform>
            <numerusform> durch %n Befunder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::CanvasInputManager</name>
    <message>
        <source>Pan (hold)</source>
        <translation>Verschieben (halten)</translation>
    </message>
    <message>
        <source>Hide annotations (hold)</source>
        <translation>Annotationen ausblenden (halten)</translation>
    </message>
</context>
<context>
    <name>concord::CheckListButton</name>
    <message>
        <source>All %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
</context>
<context>
    <name>concord::ClassificationPanel</name>
    <message>
        <source>Image label attributes</source>
        <translation>Bild-Label-Attribute</translation>
    </message>
    <message>
        <source>Ctrl+%1 toggles this image label</source>
        <translation>Ctrl+%1 schaltet dieses Bild-Label um</translation>
    </message>
    <message>
        <source>One label per image. Ctrl+key sets it.</source>
        <translation>Ein Label pro Bild. Ctrl+Taste setzt es.</translation>
    </message>
    <message>
        <source>Any number of labels per image. Ctrl+key toggles one.</source>
        <translation>Beliebig viele Labels pro Bild. Ctrl+Taste schaltet eines um.</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Image label %1</source>
        <translation>Bild-Label %1</translation>
    </message>
</context>
<context>
    <name>concord::ComparisonPane</name>
    <message>
        <source>Another reader&apos;s work on this item (where blind reading allows), or a prior study of the same patient</source>
        <translation>Die Arbeit eines anderen Befunders an diesem Fall (soweit die verblindete Befundung es erlaubt) oder eine Voraufnahme desselben Patienten</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>This image cannot be shown.

%1</source>
        <translation>Dieses Bild kann nicht angezeigt werden.

%1</translation>
    </message>
    <message>
        <source>Reader: %1</source>
        <translation>Befunder: %1</translation>
    </message>
    <message>
        <source>Prior: %1</source>
        <translation>Voraufnahme: %1</translation>
    </message>
    <message>
        <source>Nothing to compare on this item: no other reader&apos;s work you may see, and no prior study of this patient.</source>
        <translation>Nichts zu vergleichen bei diesem Fall: keine Arbeit anderer Befunder, die Sie sehen dürfen, und keine Voraufnahme dieses Patienten.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
</context>
<context>
    <name>concord::DecisionPanel</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Akzeptieren</translation>
    </message>
    <message>
        <source>&amp;Reject: read again</source>
        <translation>A&amp;blehnen: neu befunden lassen</translation>
    </message>
    <message>
        <source>Start from &amp;consensus</source>
        <translation>Vom &amp;Konsens ausgehen</translation>
    </message>
    <message>
        <source>Settle with &amp;my answer</source>
        <translation>Mit &amp;meiner Antwort entscheiden</translation>
    </message>
    <message>
        <source>QC: c&amp;orrect</source>
        <translation>QC: k&amp;orrekt</translation>
    </message>
    <message>
        <source>QC: &amp;error</source>
        <translation>QC: &amp;Fehler</translation>
    </message>
    <message>
        <source>Add &amp;finding</source>
        <translation>Befun&amp;d hinzufügen</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Accept the readers&apos; answer, with your edits if you made any</source>
        <translation>Die Antwort der Befunder akzeptieren, ggf. mit Ihren Änderungen</translation>
    </message>
    <message>
        <source>Send the item back to new readers, with the error category</source>
        <translation>Den Fall mit der Fehlerkategorie an neue Befunder zurücksenden</translation>
    </message>
    <message>
        <source>Replace your work on this item with the readers&apos; consensus (majority labels, median boxes, majority-vote masks)</source>
        <translation>Ihre Arbeit an diesem Fall durch den Konsens der Befunder ersetzen (Mehrheits-Labels, Median-Boxen, Masken per Mehrheitsentscheid)</translation>
    </message>
    <message>
        <source>Your work on this item becomes its answer</source>
        <translation>Ihre Arbeit an diesem Fall wird zu seiner Antwort</translation>
    </message>
    <message>
        <source>Hold this error against the reader: it goes with your verdict and counts in their review findings</source>
        <translation>Diesen Fehler dem Befunder anlasten: Er gehört zu Ihrem Urteil und zählt zu seinen Prüfbefunden</translation>
    </message>
    <message>
        <source>Findings that go with your verdict; Delete removes one</source>
        <translation>Befunde, die zu Ihrem Urteil gehören; Delete entfernt einen</translation>
    </message>
    <message>
        <source>Error category:</source>
        <translation>Fehlerkategorie:</translation>
    </message>
    <message>
        <source>Finding about:</source>
        <translation>Befund zu:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 Box</translation>
    </message>
    <message>
        <source>%1 boxes</source>
        <translation>%1 Boxen</translation>
    </message>
    <message>
        <source>1 polygon</source>
        <translation>1 Polygon</translation>
    </message>
    <message>
        <source>%1 polygons</source>
        <translation>%1 Polygone</translation>
    </message>
    <message>
        <source>1 mask</source>
        <translation>1 Maske</translation>
    </message>
    <message>
        <source>%1 masks</source>
        <translation>%1 Masken</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Nothing to decide here: read the item blind and submit it.</source>
        <translation>Hier gibt es nichts zu entscheiden: Befunden Sie den Fall verblindet und geben Sie ihn ab.</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>boxes</source>
        <translation>Boxen</translation>
    </message>
    <message>
        <source>masks</source>
        <translation>Masken</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>agreement %1 (%2%3)</source>
        <translation>Übereinstimmung %1 (%2%3)</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>no agreement yet</source>
        <translation>noch keine Übereinstimmung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · round %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · Runde %3</translation>
    </message>
    <message>
        <source>%1 You read this item, so someone else decides on it.</source>
        <translation>%1 Sie haben diesen Fall befundet, daher entscheidet jemand anderes darüber.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;O shows each reader&apos;s shapes on the image, in their colour.&lt;/i&gt;</source>
        <translation>&lt;i&gt;O zeigt die Formen jedes Befunders auf dem Bild in seiner Farbe.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>whole answer</source>
        <translation>gesamte Antwort</translation>
    </message>
    <message>
        <source>image labels</source>
        <translation>Bild-Labels</translation>
    </message>
    <message>
        <source>box %1 (%2)</source>
        <translation>Box %1 (%2)</translation>
    </message>
    <message>
        <source>polygon %1 (%2)</source>
        <translation>Polygon %1 (%2)</translation>
    </message>
    <message>
        <source>mask %1 (%2)</source>
        <translation>Maske %1 (%2)</translation>
    </message>
    <message>
        <source>Take %1&apos;s answer</source>
        <translation>Antwort von %1 übernehmen</translation>
    </message>
    <message>
        <source>Start from the consensus</source>
        <translation>Vom Konsens ausgehen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Recorded: %1 on %2</source>
        <translation>Erfasst: %1 am %2</translation>
    </message>
</context>
<context>
    <name>concord::DicomTagPanel</name>
    <message>
        <source>Show PHI</source>
        <translation>PHI anzeigen</translation>
    </message>
    <message>
        <source>Search tags</source>
        <translation>Tags durchsuchen</translation>
    </message>
    <message>
        <source>Show values that can identify the patient or staff</source>
        <translation>Werte anzeigen, die Patient oder Personal identifizieren können</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>VR</source>
        <translation>VR</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 is not a DICOM file: it has no header tags.</source>
        <translation>%1 ist keine DICOM-Datei: Sie hat keine Header-Tags.</translation>
    </message>
    <message>
        <source>•••• hidden</source>
        <translation>•••• ausgeblendet</translation>
    </message>
    <message>
        <source>May identify a person: tick Show PHI to see it</source>
        <translation>Kann eine Person identifizieren: Haken Sie „PHI anzeigen“ an, um es zu sehen</translation>
    </message>
</context>
<context>
    <name>concord::DicomWebNodeForm</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The base URL of the node&apos;s DICOMweb services (http or https); Concord appends /studies… to it</source>
        <translation>Die Basis-URL der DICOMweb-Dienste des Knotens (http oder https); Concord hängt /studies… daran an</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>User and password (Basic)</source>
        <translation>Benutzer und Passwort (Basic)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>File readable only by you</source>
        <translation>Nur für Sie lesbare Datei</translation>
    </message>
    <message>
        <source>Concord does not store the password or token: only where to read it each time, the name of an environment variable or a file that only you may read (chmod 600). The settings file is plain text.</source>
        <translation>Concord speichert weder Passwort noch Token, sondern nur, wo es jedes Mal gelesen wird: den Namen einer Umgebungsvariablen oder eine Datei, die nur Sie lesen dürfen (chmod 600). Die Einstellungsdatei ist reiner Text.</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password or token in:</source>
        <translation>Passwort oder Token in:</translation>
    </message>
    <message>
        <source>The file holding the password or token (readable only by you)</source>
        <translation>Die Datei mit dem Passwort oder Token (nur für Sie lesbar)</translation>
    </message>
    <message>
        <source>the file&apos;s path</source>
        <translation>der Pfad der Datei</translation>
    </message>
    <message>
        <source>the variable&apos;s name, e.g. PACS_PASSWORD</source>
        <translation>der Name der Variablen, z. B. PACS_PASSWORD</translation>
    </message>
    <message>
        <source>Where the bearer token is read at each request</source>
        <translation>Wo das Bearer-Token bei jeder Anfrage gelesen wird</translation>
    </message>
    <message>
        <source>Where the password is read at each request</source>
        <translation>Wo das Passwort bei jeder Anfrage gelesen wird</translation>
    </message>
</context>
<context>
    <name>concord::DimseTlsForm</name>
    <message>
        <source>Use DICOM TLS</source>
        <translation>DICOM TLS verwenden</translation>
    </message>
    <message>
        <source>PEM file, required</source>
        <translation>PEM-Datei, erforderlich</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>PEM file, if the node asks for one</source>
        <translation>PEM-Datei, falls der Knoten eines verlangt</translation>
    </message>
    <message>
        <source>PEM file, unencrypted, readable only by you</source>
        <translation>PEM-Datei, unverschlüsselt, nur für Sie lesbar</translation>
    </message>
    <message>
        <source>Every association with the node, and the deliveries of a C-MOVE, over TLS 1.2 or newer (BCP 195)</source>
        <translation>Jede Assoziation mit dem Knoten sowie die Zustellungen eines C-MOVE über TLS 1.2 oder neuer (BCP 195)</translation>
    </message>
    <message>
        <source>The CA certificates that sign the node&apos;s certificate; the certificate must also name the host</source>
        <translation>Das oder die CA-Zertifikate, die das Zertifikat des Knotens signieren; das Zertifikat muss außerdem den Host nennen</translation>
    </message>
    <message>
        <source>Concord&apos;s own certificate, for a node that asks for one and for receiving a C-MOVE over TLS</source>
        <translation>Das eigene Zertifikat von Concord, für einen Knoten, der eines verlangt, und für den Empfang eines C-MOVE über TLS</translation>
    </message>
    <message>
        <source>The private key of Concord&apos;s certificate; a key that others may read is refused (chmod 600)</source>
        <translation>Der private Schlüssel zum Zertifikat von Concord; ein Schlüssel, den andere lesen können, wird abgelehnt (chmod 600)</translation>
    </message>
    <message>
        <source>Concord keeps the paths of these files, not their contents, and reads them each time it connects.</source>
        <translation>Concord speichert die Pfade dieser Dateien, nicht ihren Inhalt, und liest sie bei jedem Verbindungsaufbau neu.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Concord&apos;s certificate:</source>
        <translation>Zertifikat von Concord:</translation>
    </message>
    <message>
        <source>Concord&apos;s private key:</source>
        <translation>Privater Schlüssel von Concord:</translation>
    </message>
    <message>
        <source>The CA certificate that signs the node&apos;s</source>
        <translation>Das CA-Zertifikat, das das Zertifikat des Knotens signiert</translation>
    </message>
    <message>
        <source>Concord&apos;s certificate</source>
        <translation>Das Zertifikat von Concord</translation>
    </message>
    <message>
        <source>The private key of Concord&apos;s certificate</source>
        <translation>Der private Schlüssel zum Zertifikat von Concord</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>concord::ExportDialog</name>
    <message>
        <source>Export dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <source>COCO JSON: boxes, polygons, masks and image labels</source>
        <translation>COCO JSON: Boxen, Polygone, Masken und Bild-Labels</translation>
    </message>
    <message>
        <source>PNG label maps: one image per item and reader, pixel = label id</source>
        <translation>PNG-Label-Maps: ein Bild pro Fall und Befunder, Pixel = Label-ID</translation>
    </message>
    <message>
        <source>Accepted answers (quality policy version %1)</source>
        <translation>Akzeptierte Antworten (Qualitätsrichtlinie Version %1)</translation>
    </message>
    <message>
        <source>Every reader&apos;s work</source>
        <translation>Arbeit aller Befunder</translation>
    </message>
    <message>
        <source>Only %1&apos;s work</source>
        <translation>Nur die Arbeit von %1</translation>
    </message>
    <message>
        <source>Blind reading applies: you export the work you may see</source>
        <translation>Verblindete Befundung gilt: Sie exportieren die Arbeit, die Sie sehen dürfen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Whose work:</source>
        <translation>Wessen Arbeit:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Export COCO JSON</source>
        <translation>COCO JSON exportieren</translation>
    </message>
    <message>
        <source>COCO JSON (*.json)</source>
        <translation>COCO JSON (*.json)</translation>
    </message>
    <message>
        <source>Folder for the label maps</source>
        <translation>Ordner für die Label-Maps</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Wrote %1 images, %2 annotations (boxes, polygons, masks) and %3 image labels to %4.</source>
        <translation>%1 Bilder, %2 Annotationen (Boxen, Polygone, Masken) und %3 Bild-Labels nach %4 geschrieben.</translation>
    </message>
    <message>
        <source>%1 masks were left out: COCO masks need the image size, which is not recorded for items %2.</source>
        <translation>%1 Masken wurden ausgelassen: COCO-Masken benötigen die Bildgröße, die für die Fälle %2 nicht verzeichnet ist.</translation>
    </message>
    <message>
        <source>Wrote %1 label maps and labelmap.json to %2.</source>
        <translation>%1 Label-Maps und labelmap.json nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>No label maps for items %1: their image size is not recorded.</source>
        <translation>Keine Label-Maps für die Fälle %1: Ihre Bildgröße ist nicht verzeichnet.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was left as it was.</source>
        <translation>Export abgebrochen: %1 wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%v of %n item(s)</source>
        <translation>
            <numerusform>%v von %n Fall</numerusform>
            <numerusform>%v von %n Fällen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::GoldTestActions</name>
    <message>
        <source>Start &amp;gold test…</source>
        <translation>&amp;Goldtest starten…</translation>
    </message>
    <message>
        <source>&amp;Take gold test…</source>
        <translation>Goldtest &amp;absolvieren…</translation>
    </message>
    <message>
        <source>Gold test res&amp;ults…</source>
        <translation>Goldtest-&amp;Ergebnisse…</translation>
    </message>
    <message>
        <source>Have readers label items with a reference label blind, and score them against it</source>
        <translation>Befunder Fälle mit Referenzlabel verblindet labeln lassen und sie daran messen</translation>
    </message>
    <message>
        <source>Label the items of a gold test blind; your score shows when you have submitted them all</source>
        <translation>Die Fälle eines Goldtests verblindet labeln; Ihr Score erscheint, wenn Sie alle abgegeben haben</translation>
    </message>
    <message>
        <source>Gold test</source>
        <translation>Goldtest</translation>
    </message>
    <message>
        <source>Cannot take this gold test</source>
        <translation>Dieser Goldtest kann nicht absolviert werden</translation>
    </message>
    <message>
        <source>Gold test not created</source>
        <translation>Goldtest nicht erstellt</translation>
    </message>
    <message>
        <source>Gold test created</source>
        <translation>Goldtest erstellt</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 items. Each reader opens the project (on this machine: Team ▸ Switch reader) and chooses Team ▸ Take gold test. They see neither the reference nor other readers&apos; labels until they have submitted every item; then their score opens. Team ▸ Gold test results shows every reader&apos;s.</source>
        <translation>„%1“: %2 Fälle. Jeder Befunder öffnet das Projekt (auf diesem Rechner: Team ▸ Befunder wechseln) und wählt Team ▸ Goldtest absolvieren. Er sieht weder die Referenz noch die Labels anderer Befunder, bis er jeden Fall abgegeben hat; dann öffnet sich sein Score. Team ▸ Goldtest-Ergebnisse zeigt die Scores aller Befunder.</translation>
    </message>
    <message>
        <source>There is no gold test &quot;%1&quot;.</source>
        <translation>Es gibt keinen Goldtest „%1“.</translation>
    </message>
    <message>
        <source>Gold test &quot;%1&quot;: %2 items, blind; your score shows when you have submitted them all</source>
        <translation>Goldtest „%1“: %2 Fälle, verblindet; Ihr Score erscheint, wenn Sie alle abgegeben haben</translation>
    </message>
    <message>
        <source>Gold test finished: your score is shown</source>
        <translation>Goldtest beendet: Ihr Score wird angezeigt</translation>
    </message>
    <message>
        <source>Test readers on items whose reference label is known</source>
        <translation>Befunder an Fällen mit bekanntem Referenzlabel testen</translation>
    </message>
    <message>
        <source>only a lead may start a gold test</source>
        <translation>nur die Leitung darf einen Goldtest starten</translation>
    </message>
    <message>
        <source>Read the items of your gold test afresh and blind</source>
        <translation>Die Fälle Ihres Goldtests neu und verblindet befunden</translation>
    </message>
    <message>
        <source>you have no gold test to take</source>
        <translation>sie haben keinen Goldtest zu absolvieren</translation>
    </message>
    <message>
        <source>Readers&apos; scores against the reference labels</source>
        <translation>Scores der Befunder gegenüber den Referenzlabels</translation>
    </message>
    <message>
        <source>no gold test has been started yet</source>
        <translation>es wurde noch kein Goldtest gestartet</translation>
    </message>
    <message>
        <source>your score shows once you have finished your test</source>
        <translation>ihr Score erscheint, sobald Sie Ihren Test abgeschlossen haben</translation>
    </message>
</context>
<context>
    <name>concord::GoldTestResultView</name>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1 % (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rows: the reference label. Columns: the reader&apos;s label. The diagonal counts agreement.</source>
        <translation>Zeilen: das Referenzlabel. Spalten: das Label des Befunders. Die Diagonale zählt Übereinstimmungen.</translation>
    </message>
    <message>
        <source>Confusion matrix: reference down, reader across</source>
        <translation>Konfusionsmatrix: Referenz nach unten, Befunder nach rechts</translation>
    </message>
    <message>
        <source>Accuracy &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Cohen&apos;s κ vs reference &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Genauigkeit &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Cohens κ gegenüber Referenz &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp;(95% CI %1 to %2)</source>
        <translation> &amp;nbsp;(95-%-KI %1 bis %2)</translation>
    </message>
    <message>
        <source>%1 of %2 items submitted so far.</source>
        <translation>Bisher %1 von %2 Fällen abgegeben.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Korrekt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a reader above.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie oben einen Befunder.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>concord::GoldTestResultsDialog</name>
    <message>
        <source>Gold test results</source>
        <translation>Goldtest-Ergebnisse</translation>
    </message>
    <message>
        <source>Gold test</source>
        <translation>Goldtest</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Befunder</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>concord::GoldTestSetupDialog</name>
    <message>
        <source>Only a random sample of</source>
        <translation>Nur eine Zufallsstichprobe von</translation>
    </message>
    <message>
        <source>Start gold test</source>
        <translation>Goldtest starten</translation>
    </message>
    <message>
        <source>Gold test %1</source>
        <translation>Goldtest %1</translation>
    </message>
    <message>
        <source> items</source>
        <translation> Fällen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Readers:</source>
        <translation>Befunder:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Fälle:</translation>
    </message>
    <message>
        <source>Choose at least one reader.</source>
        <translation>Wählen Sie mindestens einen Befunder.</translation>
    </message>
    <message>
        <source>No item qualifies: a gold test uses items with a reference label (set in the calibration review) that these readers have not read and that the guideline does not show as an example.</source>
        <translation>Kein Fall kommt infrage: Ein Goldtest verwendet Fälle mit Referenzlabel (festgelegt in der Kalibrierungsauswertung), die diese Befunder nicht befundet haben und die der Leitfaden nicht als Beispiel zeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with a reference label</source>
        <translation>
            <numerusform>Verblindete Befundung von %n Fall mit Referenzlabel</numerusform>
            <numerusform>Verblindete Befundung von %n Fällen mit Referenzlabel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> will be read blind by %n reader(s). Nobody sees the reference or another reader&apos;s labels until they have submitted every item.</source>
        <translation>
            <numerusform> durch %n Befunder. Niemand sieht die Referenz oder die Labels anderer Befunder, bevor er jeden Fall abgegeben hat.</numerusform>
            <numerusform> durch %n Befunder. Niemand sieht die Referenz oder die Labels anderer Befunder, bevor er jeden Fall abgegeben hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::GrabCutTool</name>
    <message>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <source>Drag a box around the object: it is separated from its background (GrabCut) and added to the selected mask, or becomes a new mask with the active label. Leave some background inside the box&apos;s edge.</source>
        <translation>Ziehen Sie eine Box um das Objekt: Es wird von seinem Hintergrund getrennt (GrabCut) und der ausgewählten Maske hinzugefügt oder wird zu einer neuen Maske mit dem aktiven Label. Lassen Sie innerhalb des Box-Rands etwas Hintergrund.</translation>
    </message>
    <message>
        <source>Segmenting…</source>
        <translation>Wird segmentiert…</translation>
    </message>
</context>
<context>
    <name>concord::GuidelineCompareDialog</name>
    <message>
        <source>Compare guideline versions</source>
        <translation>Leitfadenversionen vergleichen</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Text&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Text&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The text is the same.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Der Text ist gleich.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Taxonomy&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Taxonomie&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The taxonomy is the same.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Die Taxonomie ist gleich.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>concord::GuidelineDraftDialog</name>
    <message>
        <source>Guideline version %1 (draft)</source>
        <translation>Leitfadenversion %1 (Entwurf)</translation>
    </message>
    <message>
        <source>What changed, in one line (required)</source>
        <translation>Was sich geändert hat, in einer Zeile (erforderlich)</translation>
    </message>
    <message>
        <source>Change summary:</source>
        <translation>Änderungszusammenfassung:</translation>
    </message>
    <message>
        <source>Publish version %1</source>
        <translation>Version %1 veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <source>This version also publishes the edited taxonomy (%n label(s)).</source>
        <translation>
            <numerusform>Diese Version veröffentlicht auch die bearbeitete Taxonomie (%n Label).</numerusform>
            <numerusform>Diese Version veröffentlicht auch die bearbeitete Taxonomie (%n Labels).</numerusform>
        </translation>
    </message>
    <message>
        <source>Guideline not published</source>
        <translation>Leitfaden nicht veröffentlicht</translation>
    </message>
</context>
<context>
    <name>concord::GuidelinePanel</name>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>What changed between two versions, in the text and the taxonomy</source>
        <translation>Was sich zwischen zwei Versionen geändert hat, im Text und in der Taxonomie</translation>
    </message>
    <message>
        <source>*No examples or edge cases for this label yet.*</source>
        <translation>*Für dieses Label gibt es noch keine Beispiele oder Grenzfälle.*</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1&lt;/b&gt; · %2 · %3&lt;br&gt;&lt;i&gt;%4&lt;/i&gt;</source>
        <translation>&lt;b&gt;Version %1&lt;/b&gt; · %2 · %3&lt;br&gt;&lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>*This version has no text yet. The lead writes it in Team ▸ New guideline version…*</source>
        <translation>*Diese Version hat noch keinen Text. Die Leitung schreibt ihn unter Team ▸ Neue Leitfadenversion…*</translation>
    </message>
    <message>
        <source>created with the project</source>
        <translation>mit dem Projekt erstellt</translation>
    </message>
    <message>
        <source>author not recorded</source>
        <translation>Autor nicht verzeichnet</translation>
    </message>
</context>
<context>
    <name>concord::GuidelinePublisher</name>
    <message>
        <source>publish a guideline version</source>
        <translation>eine Leitfadenversion veröffentlichen</translation>
    </message>
</context>
<context>
    <name>concord::ImageViewActions</name>
    <message>
        <source>Save window as preset…</source>
        <translation>Fensterung als Vorgabe speichern…</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Actual pixels (1:1)</source>
        <translation>Originalgröße (1:1)</translation>
    </message>
    <message>
        <source>Reset window</source>
        <translation>Fensterung zurücksetzen</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Invertieren</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Nach links drehen</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Nach rechts drehen</translation>
    </message>
    <message>
        <source>Flip horizontally</source>
        <translation>Horizontal spiegeln</translation>
    </message>
    <message>
        <source>Flip vertically</source>
        <translation>Vertikal spiegeln</translation>
    </message>
    <message>
        <source>Show other readers</source>
        <translation>Andere Befunder anzeigen</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Nächster Frame</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Vorheriger Frame</translation>
    </message>
    <message>
        <source>&amp;Window presets</source>
        <translation>&amp;Fensterungsvorgaben</translation>
    </message>
    <message>
        <source>Reset window/level to the image&apos;s own (right-drag adjusts it)</source>
        <translation>Fensterbreite/Fensterlage auf die Werte des Bildes zurücksetzen (Ziehen mit rechter Maustaste passt sie an)</translation>
    </message>
    <message>
        <source>Invert grey levels</source>
        <translation>Graustufen invertieren</translation>
    </message>
    <message>
        <source>Rotate the view 90° counter-clockwise</source>
        <translation>Ansicht um 90° gegen den Uhrzeigersinn drehen</translation>
    </message>
    <message>
        <source>Rotate the view 90° clockwise</source>
        <translation>Ansicht um 90° im Uhrzeigersinn drehen</translation>
    </message>
    <message>
        <source>Mirror the view left-right</source>
        <translation>Ansicht links-rechts spiegeln</translation>
    </message>
    <message>
        <source>Mirror the view top-bottom</source>
        <translation>Ansicht oben-unten spiegeln</translation>
    </message>
    <message>
        <source>Show other readers&apos; boxes: on items you have submitted, or all if you review</source>
        <translation>Boxen anderer Befunder anzeigen: bei Fällen, die Sie abgegeben haben, oder alle, wenn Sie prüfen</translation>
    </message>
    <message>
        <source>Next frame of a multi-frame image</source>
        <translation>Nächster Frame eines Mehrbild-Datensatzes</translation>
    </message>
    <message>
        <source>Previous frame of a multi-frame image</source>
        <translation>Vorheriger Frame eines Mehrbild-Datensatzes</translation>
    </message>
    <message>
        <source>Offer the current window on every image of this project</source>
        <translation>Die aktuelle Fensterung für jedes Bild dieses Projekts anbieten</translation>
    </message>
    <message>
        <source>Frame (Ctrl+Left, Ctrl+Right)</source>
        <translation>Frame (Ctrl+Left, Ctrl+Right)</translation>
    </message>
    <message>
        <source>Save window</source>
        <translation>Fensterung speichern</translation>
    </message>
    <message>
        <source>Name for W %1 / L %2 (e.g. Lung, Bone):</source>
        <translation>Name für B %1 / L %2 (z. B. Lunge, Knochen):</translation>
    </message>
    <message>
        <source>Window not saved</source>
        <translation>Fensterung nicht gespeichert</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Frame %1 / %2</translation>
    </message>
</context>
<context>
    <name>concord::ImportDialog</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import images</source>
        <translation>Bilder importieren</translation>
    </message>
    <message>
        <source>Add DICOM files, DICOMDIRs, images (PNG, JPEG, TIFF, BMP) or folders; folders are searched with their subfolders, and DICOM is grouped by patient, study and series.</source>
        <translation>Fügen Sie DICOM-Dateien, DICOMDIRs, Bilder (PNG, JPEG, TIFF, BMP) oder Ordner hinzu; Ordner werden mit ihren Unterordnern durchsucht, und DICOM wird nach Patient, Studie und Serie gruppiert.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Copy the images into the project folder</source>
        <translation>Die Bilder in den Projektordner kopieren</translation>
    </message>
    <message>
        <source>The project folder then holds everything it needs: copy it, back it up or take it into the field as one folder. Untick to refer to the images where they lie (a large archive you do not want twice).</source>
        <translation>Der Projektordner enthält dann alles Nötige: Sie können ihn als einen Ordner kopieren, sichern oder ins Feld mitnehmen. Deaktivieren Sie die Option, um auf die Bilder an ihrem Speicherort zu verweisen (ein großes Archiv, das Sie nicht doppelt haben möchten).</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>DICOM and images (*.dcm *.dicom DICOMDIR *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;All files (*)</source>
        <translation>DICOM und Bilder (*.dcm *.dicom DICOMDIR *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a folder of images</source>
        <translation>Einen Bildordner hinzufügen</translation>
    </message>
</context>
<context>
    <name>concord::ItemBrowser</name>
    <message>
        <source>All items</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Show only items with this status (for you)</source>
        <translation>Nur Fälle mit diesem Status anzeigen (für Sie)</translation>
    </message>
    <message>
        <source>Filter by file name</source>
        <translation>Nach Dateiname filtern</translation>
    </message>
    <message>
        <source>%1 of %2 items finished</source>
        <translation>%1 von %2 Fällen abgeschlossen</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>Projektreihenfolge</translation>
    </message>
    <message>
        <source>Least confident first</source>
        <translation>Geringste Konfidenz zuerst</translation>
    </message>
    <message>
        <source>Smallest margin first</source>
        <translation>Kleinste Marge zuerst</translation>
    </message>
    <message>
        <source>Highest entropy first</source>
        <translation>Höchste Entropie zuerst</translation>
    </message>
    <message>
        <source>Most different first</source>
        <translation>Unähnlichste zuerst</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>The order to label in. The learner&apos;s orders put the unlabelled items it is least sure of (or, for &quot;most different&quot;, those least like the labelled ones) first; it trains in the background on the labels you can see and retrains as they change.</source>
        <translation>Die Reihenfolge, in der gelabelt wird. Die Reihenfolgen des Lerners stellen die Fälle ohne Label an den Anfang, bei denen er am unsichersten ist (oder, bei „Unähnlichste zuerst“, die den gelabelten am wenigsten ähneln); er trainiert im Hintergrund auf den Labels, die Sie sehen können, und trainiert neu, wenn sie sich ändern.</translation>
    </message>
    <message>
        <source>No Split column: %1</source>
        <translation>Keine Spalte „Teilmenge“: %1</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>Alle Teilmengen</translation>
    </message>
    <message>
        <source>In no split</source>
        <translation>In keiner Teilmenge</translation>
    </message>
    <message>
        <source>Show only the items of one split of %1</source>
        <translation>Nur die Fälle einer Teilmenge von %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>concord::ItemListModel</name>
    <message>
        <source>%1
%2 × %3 px
Status: %4</source>
        <translation>%1
%2 × %3 px
Status: %4</translation>
    </message>
    <message>
        <source>split version %1, made by %2 on %3 UTC</source>
        <translation>Aufteilungsversion %1, erstellt von %2 am %3 UTC</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Each item&apos;s split in %1 (concord-cli split)</source>
        <translation>Die Teilmenge jedes Falls in %1 (concord-cli split)</translation>
    </message>
    <message>
        <source>No split is recorded; concord-cli split makes one</source>
        <translation>Keine Aufteilung erfasst; concord-cli split erstellt eine</translation>
    </message>
    <message>
        <source>In no split: imported after %1</source>
        <translation>In keiner Teilmenge: importiert nach %1</translation>
    </message>
    <message>
        <source>In &quot;%1&quot; of %2</source>
        <translation>In „%1“ von %2</translation>
    </message>
</context>
<context>
    <name>concord::LabelDetailsForm</name>
    <message>
        <source>Add attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Attribut entfernen</translation>
    </message>
    <message>
        <source>One key: it picks the label for boxes; Ctrl+key toggles it as an image label</source>
        <translation>Eine Taste: Sie wählt das Label für Boxen; Ctrl+Taste schaltet es als Bild-Label um</translation>
    </message>
    <message>
        <source>What this label means, in one or two sentences</source>
        <translation>Was dieses Label bedeutet, in ein oder zwei Sätzen</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Values, in order</source>
        <translation>Werte, in Reihenfolge</translation>
    </message>
    <message>
        <source>Ordinal values are ranked in the order listed (mild, moderate, severe); nominal values only differ (left, right, bilateral).</source>
        <translation>Ordinale Werte werden in der aufgeführten Reihenfolge gerankt (leicht, moderat, schwer); nominale Werte unterscheiden sich nur (links, rechts, beidseits).</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Hotkey:</source>
        <translation>Tastenkürzel:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Attributes readers record with this label:</source>
        <translation>Attribute, die Befunder mit diesem Label erfassen:</translation>
    </message>
    <message>
        <source>attribute %1</source>
        <translation>Attribut %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation>ordinal</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>What the label is in DICOM&apos;s coded terms, SCHEME:VALUE:MEANING: a DICOM SEG export gives its segments this category and type, so a PACS viewer shows what they are. Empty: SCT 49755003 Morphologically abnormal structure, SCT 52988006 Lesion.</source>
        <translation>Was das Label in kodierten DICOM-Begriffen ist, SCHEME:VALUE:MEANING: Ein DICOM-SEG-Export gibt seinen Segmenten diese Kategorie und diesen Typ, damit ein PACS-Viewer anzeigt, was sie sind. Leer: SCT 49755003 Morphologically abnormal structure, SCT 52988006 Lesion.</translation>
    </message>
    <message>
        <source>empty: SCT:49755003:Morphologically Abnormal Structure</source>
        <translation>leer: SCT:49755003:Morphologically Abnormal Structure</translation>
    </message>
    <message>
        <source>empty: SCT:52988006:Lesion</source>
        <translation>leer: SCT:52988006:Lesion</translation>
    </message>
    <message>
        <source>SEG category:</source>
        <translation>SEG-Kategorie:</translation>
    </message>
    <message>
        <source>SEG type:</source>
        <translation>SEG-Typ:</translation>
    </message>
    <message>
        <source>The category is not SCHEME:VALUE:MEANING.</source>
        <translation>Die Kategorie hat nicht die Form SCHEME:VALUE:MEANING.</translation>
    </message>
    <message>
        <source>The type is not SCHEME:VALUE:MEANING.</source>
        <translation>Der Typ hat nicht die Form SCHEME:VALUE:MEANING.</translation>
    </message>
</context>
<context>
    <name>concord::LabelPalette</name>
    <message>
        <source>Search labels  ( / )</source>
        <translation>Labels suchen  ( / )</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Show or hide this label&apos;s annotations on the image (hold H to hide all)</source>
        <translation>Die Annotationen dieses Labels auf dem Bild ein- oder ausblenden (H halten, um alle auszublenden)</translation>
    </message>
    <message>
        <source>
Key %1: use for boxes · Ctrl+%1: toggle as image label</source>
        <translation>
Taste %1: für Boxen verwenden · Ctrl+%1: als Bild-Label umschalten</translation>
    </message>
    <message>
        <source>
A category: choose one of the labels under it.</source>
        <translation>
Eine Kategorie: Wählen Sie eines der Labels darunter.</translation>
    </message>
</context>
<context>
    <name>concord::LabelingToolBars</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Tool: %1</source>
        <translation>Werkzeug: %1</translation>
    </message>
</context>
<context>
    <name>concord::LabelingWorkbench</name>
    <message>
        <source>This image cannot be shown.

%1</source>
        <translation>Dieses Bild kann nicht angezeigt werden.

%1</translation>
    </message>
    <message>
        <source>This project has no images yet.
Use File ▸ Import images… (Ctrl+I).</source>
        <translation>Dieses Projekt hat noch keine Bilder.
Verwenden Sie Datei ▸ Bilder importieren… (Ctrl+I).</translation>
    </message>
    <message>
        <source>Box: draw, select, move and resize boxes</source>
        <translation>Box: Boxen zeichnen, auswählen, verschieben und in der Größe ändern</translation>
    </message>
    <message>
        <source>Brush: paint a mask ( [ ] size )</source>
        <translation>Pinsel: eine Maske malen ( [ ] Größe )</translation>
    </message>
    <message>
        <source>Eraser: erase from a mask ( [ ] size )</source>
        <translation>Radierer: aus einer Maske radieren ( [ ] Größe )</translation>
    </message>
    <message>
        <source>Threshold brush: paint only grey levels like the first pixel pressed</source>
        <translation>Schwellenwert-Pinsel: nur Graustufen wie beim zuerst gedrückten Pixel malen</translation>
    </message>
    <message>
        <source>Region growing: click to fill connected pixels of similar grey level</source>
        <translation>Regionenwachstum: Klicken, um zusammenhängende Pixel ähnlicher Graustufe zu füllen</translation>
    </message>
    <message>
        <source>Lasso fill: drag around a region</source>
        <translation>Lasso-Füllung: um einen Bereich ziehen</translation>
    </message>
    <message>
        <source>GrabCut: drag a box around an object to segment it</source>
        <translation>GrabCut: eine Box um ein Objekt ziehen, um es zu segmentieren</translation>
    </message>
    <message>
        <source>Polygon: click vertices; edit a selected polygon&apos;s vertices</source>
        <translation>Polygon: Eckpunkte klicken; Eckpunkte eines ausgewählten Polygons bearbeiten</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Image labels</source>
        <translation>Bild-Labels</translation>
    </message>
    <message>
        <source>DICOM tags</source>
        <translation>DICOM-Tags</translation>
    </message>
    <message>
        <source>Tool options</source>
        <translation>Werkzeugoptionen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nächster Fall</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorheriger Fall</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>Submit: mark done and go to the next item</source>
        <translation>Abgeben: als fertig markieren und zum nächsten Fall gehen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip: mark skipped and go to the next item</source>
        <translation>Überspringen: als übersprungen markieren und zum nächsten Fall gehen</translation>
    </message>
    <message>
        <source>Find label</source>
        <translation>Label suchen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Every edit is saved to disk the moment you make it.</source>
        <translation>Jede Änderung wird in dem Moment auf die Festplatte gespeichert, in dem Sie sie vornehmen.</translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation>Übereinstimmung…</translation>
    </message>
    <message>
        <source>Agreement between readers: coefficients, pairwise kappa, categories and trend</source>
        <translation>Übereinstimmung zwischen Befundern: Koeffizienten, paarweises Kappa, Kategorien und Verlauf</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Übereinstimmung: %1</translation>
    </message>
    <message>
        <source>Use label %1</source>
        <translation>Label %1 verwenden</translation>
    </message>
    <message>
        <source>Use %1 for boxes (relabels the selected box)</source>
        <translation>%1 für Boxen verwenden (ändert das Label der ausgewählten Box)</translation>
    </message>
    <message>
        <source>Toggle image label %1</source>
        <translation>Bild-Label %1 umschalten</translation>
    </message>
    <message>
        <source>Toggle %1 as an image label</source>
        <translation>%1 als Bild-Label umschalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a category: choose one of the labels under it.</source>
        <translation>„%1“ ist eine Kategorie: Wählen Sie eines der Labels darunter.</translation>
    </message>
    <message>
        <source>Relabel box</source>
        <translation>Label der Box ändern</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Compare side by side</source>
        <translation>Nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Another reader&apos;s work or a prior study beside the image, with zoom, pan and window linked</source>
        <translation>Die Arbeit eines anderen Befunders oder eine Voraufnahme neben dem Bild, mit gekoppeltem Zoom, Verschieben und Fensterung</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Smart mask: click an object (Shift+click or right-click: not this), or drag a box; Enter accepts</source>
        <translation>Intelligente Maske: auf ein Objekt klicken (Shift+Klick oder Rechtsklick: gehört nicht dazu) oder eine Box ziehen; Enter akzeptiert</translation>
    </message>
    <message>
        <source>Ruler: measure a distance in mm, saved with the active label</source>
        <translation>Lineal: eine Strecke in mm messen, mit dem aktiven Label gespeichert</translation>
    </message>
    <message>
        <source>Relabel ruler</source>
        <translation>Label des Lineals ändern</translation>
    </message>
</context>
<context>
    <name>concord::LassoTool</name>
    <message>
        <source>Lasso fill</source>
        <translation>Lasso-Füllung</translation>
    </message>
    <message>
        <source>Drag around a region: it is added to the selected mask, or becomes a new mask with the active label. Esc cancels.</source>
        <translation>Ziehen Sie um einen Bereich: Er wird der ausgewählten Maske hinzugefügt oder wird zu einer neuen Maske mit dem aktiven Label. Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>concord::LearnerQueue</name>
    <message>
        <source>Learning from the labels you can see…</source>
        <translation>Es wird aus den Labels gelernt, die Sie sehen können…</translation>
    </message>
    <message numerus="yes">
        <source>Learner: %1% cross-validated accuracy (majority baseline %2%), %n label(s)</source>
        <translation>
            <numerusform>Lerner: %1 % kreuzvalidierte Genauigkeit (Baseline der Mehrheitsklasse %2 %), %n Label</numerusform>
            <numerusform>Lerner: %1 % kreuzvalidierte Genauigkeit (Baseline der Mehrheitsklasse %2 %), %n Labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learner: not trained, %n accepted label(s)</source>
        <translation>
            <numerusform>Lerner: nicht trainiert, %n akzeptiertes Label</numerusform>
            <numerusform>Lerner: nicht trainiert, %n akzeptierte Labels</numerusform>
        </translation>
    </message>
    <message>
        <source>Project order: %1</source>
        <translation>Projektreihenfolge: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unlabelled item(s) first, in this order</source>
        <translation>
            <numerusform>%n Fall ohne Label zuerst, in dieser Reihenfolge</numerusform>
            <numerusform>%n Fälle ohne Label zuerst, in dieser Reihenfolge</numerusform>
        </translation>
    </message>
    <message>
        <source>The embedding model was not used; the built-in descriptors stand in: %1</source>
        <translation>Das Embedding-Modell wurde nicht verwendet; an seine Stelle treten die eingebauten Deskriptoren: %1</translation>
    </message>
    <message>
        <source>No better than always guessing the most common label: do not trust its order yet.</source>
        <translation>Nicht besser als stets das häufigste Label zu raten: dieser Reihenfolge noch nicht vertrauen.</translation>
    </message>
</context>
<context>
    <name>concord::MainWindow</name>
    <message>
        <source>Concord</source>
        <translation>Concord</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>&amp;Demo-Projekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Import images…</source>
        <translation>Bilder &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Qualität</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Concord&lt;/h1&gt;&lt;p&gt;Label radiographs, measure agreement, never lose work.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Concord&lt;/h1&gt;&lt;p&gt;Röntgenaufnahmen labeln, Übereinstimmung messen, nie Arbeit verlieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Das Demo-Projekt öffnen</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>%1 erneut öffnen</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot add annotator</source>
        <translation>Annotator kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot start a session</source>
        <translation>Sitzung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — Concord</source>
        <translation>%1 — %2 (%3) — Concord</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Das Demo-Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>A new demo project</source>
        <translation>Ein neues Demo-Projekt</translation>
    </message>
    <message>
        <source>The demo project was made by another version of Concord, so a current one was created. The old one, with any labels made in it, is kept in %1.</source>
        <translation>Das Demo-Projekt wurde mit einer anderen Concord-Version erstellt, daher wurde ein aktuelles angelegt. Das alte wird samt aller darin vergebenen Labels in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Importing images…</source>
        <translation>Bilder werden importiert…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Open project folder</source>
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <source>
%1 DICOM files hold no image (reports, segmentations, presentation states) and were skipped.</source>
        <translation>
%1 DICOM-Dateien enthalten kein Bild (Berichte, Segmentierungen, Presentation States) und wurden übersprungen.</translation>
    </message>
    <message>
        <source>

%1 files could not be read and were skipped:
</source>
        <translation>

%1 Dateien konnten nicht gelesen werden und wurden übersprungen:
</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message>
        <source>Project opened with problems</source>
        <translation>Projekt mit Problemen geöffnet</translation>
    </message>
    <message>
        <source>The project was opened. Some lines of its files were damaged and skipped; everything else was loaded. The files were not changed.</source>
        <translation>Das Projekt wurde geöffnet. Einige Zeilen seiner Dateien waren beschädigt und wurden übersprungen; alles andere wurde geladen. Die Dateien wurden nicht verändert.</translation>
    </message>
    <message>
        <source>Copying and importing images…</source>
        <translation>Bilder werden kopiert und importiert…</translation>
    </message>
    <message>
        <source>Images imported: %1</source>
        <translation>Importierte Bilder: %1</translation>
    </message>
    <message>
        <source>
Copied into the project folder: %1</source>
        <translation>
In den Projektordner kopiert: %1</translation>
    </message>
    <message>
        <source>
Already in the project: %1</source>
        <translation>
Bereits im Projekt: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 files; import again to go on.
</source>
        <translation>Nach %1 von %2 Dateien abgebrochen; importieren Sie erneut, um fortzufahren.
</translation>
    </message>
    <message>
        <source>&amp;Export dataset…</source>
        <translation>Datensatz e&amp;xportieren…</translation>
    </message>
    <message>
        <source>COCO JSON or PNG label maps, with progress; can be cancelled</source>
        <translation>COCO JSON oder PNG-Label-Maps, mit Fortschrittsanzeige; kann abgebrochen werden</translation>
    </message>
    <message>
        <source>&amp;Toolbars</source>
        <translation>&amp;Werkzeugleisten</translation>
    </message>
    <message>
        <source>Re&amp;trieve from PACS…</source>
        <translation>Aus dem PACS &amp;abrufen…</translation>
    </message>
    <message>
        <source>Search a PACS for studies and bring them into the project (C-FIND, C-GET, C-MOVE)</source>
        <translation>Ein PACS nach Studien durchsuchen und sie in das Projekt übernehmen (C-FIND, C-GET, C-MOVE)</translation>
    </message>
    <message>
        <source>P&amp;ACS nodes…</source>
        <translation>PACS-&amp;Knoten…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>Run &amp;model…</source>
        <translation>&amp;Modell ausführen…</translation>
    </message>
    <message>
        <source>Run an ONNX classification, detection or segmentation model over items; what it proposes shows as suggestions</source>
        <translation>Ein ONNX-Modell für Klassifikation, Detektion oder Segmentierung auf Fälle anwenden; was es vorschlägt, erscheint als Vorschläge</translation>
    </message>
    <message>
        <source>Import p&amp;redictions…</source>
        <translation>&amp;Vorhersagen importieren…</translation>
    </message>
    <message>
        <source>A model&apos;s output made elsewhere (COCO with scores, or image labels as CSV), as suggestions</source>
        <translation>Die anderswo erstellte Ausgabe eines Modells (COCO mit Scores oder Bild-Labels als CSV), als Vorschläge</translation>
    </message>
    <message>
        <source>Send se&amp;gmentation to PACS…</source>
        <translation>Segmen&amp;tierung an das PACS senden…</translation>
    </message>
    <message>
        <source>Write the DICOM SEG of your masks on the current item and send it to a PACS (C-STORE or STOW-RS)</source>
        <translation>Das DICOM SEG Ihrer Masken auf dem aktuellen Fall schreiben und an ein PACS senden (C-STORE oder STOW-RS)</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
</context>
<context>
    <name>concord::MaskOperations</name>
    <message>
        <source>Fill holes</source>
        <translation>Löcher füllen</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>Glätten</translation>
    </message>
    <message>
        <source>Mask → polygon</source>
        <translation>Maske → Polygon</translation>
    </message>
    <message>
        <source>Polygon → mask</source>
        <translation>Polygon → Maske</translation>
    </message>
    <message>
        <source>Fill the holes of the selected mask</source>
        <translation>Die Löcher der ausgewählten Maske füllen</translation>
    </message>
    <message>
        <source>Remove specks and close small gaps of the selected mask (opening, then closing)</source>
        <translation>Sprenkel entfernen und kleine Lücken der ausgewählten Maske schließen (Opening, dann Closing)</translation>
    </message>
    <message>
        <source>Replace the selected mask by its outline as polygons (holes are not kept)</source>
        <translation>Die ausgewählte Maske durch ihren Umriss als Polygone ersetzen (Löcher bleiben nicht erhalten)</translation>
    </message>
    <message>
        <source>Replace the selected polygon by a mask of the pixels it encloses</source>
        <translation>Das ausgewählte Polygon durch eine Maske der umschlossenen Pixel ersetzen</translation>
    </message>
    <message>
        <source>Smooth mask</source>
        <translation>Maske glätten</translation>
    </message>
    <message>
        <source>Convert mask to polygon</source>
        <translation>Maske in Polygon umwandeln</translation>
    </message>
    <message>
        <source>Add polygon</source>
        <translation>Polygon hinzufügen</translation>
    </message>
    <message>
        <source>Remove mask</source>
        <translation>Maske entfernen</translation>
    </message>
    <message>
        <source>Convert polygon to mask</source>
        <translation>Polygon in Maske umwandeln</translation>
    </message>
    <message>
        <source>Add mask</source>
        <translation>Maske hinzufügen</translation>
    </message>
    <message>
        <source>Remove polygon</source>
        <translation>Polygon entfernen</translation>
    </message>
</context>
<context>
    <name>concord::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>A new, empty folder, e.g. ~/chest-xr.concord</source>
        <translation>Ein neuer, leerer Ordner, z. B. ~/chest-xr.concord</translation>
    </message>
    <message>
        <source>Several image labels per image</source>
        <translation>Mehrere Bild-Labels pro Bild</translation>
    </message>
    <message>
        <source>Exactly one image label per image</source>
        <translation>Genau ein Bild-Label pro Bild</translation>
    </message>
    <message>
        <source>One label per line; indent two spaces for a sub-label:
Finding
  Opacity
    Nodule
Normal</source>
        <translation>Ein Label pro Zeile; für ein Unter-Label zwei Leerzeichen einrücken:
Befund
  Verschattung
    Rundherd
Normal</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Bildordner</translation>
    </message>
    <message>
        <source>Image labels</source>
        <translation>Bild-Labels</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>Taxonomie</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>Wählen Sie einen Ordner für das Projekt.</translation>
    </message>
    <message>
        <source>%1 already holds a project.</source>
        <translation>%1 enthält bereits ein Projekt.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder.</source>
        <translation>%1 ist nicht leer; wählen Sie einen neuen Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Enter at least one label.</source>
        <translation>Geben Sie mindestens ein Label ein.</translation>
    </message>
    <message>
        <source>Folder of DICOM, PNG, JPEG, TIFF or BMP images (optional)</source>
        <translation>Ordner mit DICOM-, PNG-, JPEG-, TIFF- oder BMP-Bildern (optional)</translation>
    </message>
</context>
<context>
    <name>concord::OverlayActions</name>
    <message>
        <source>Image &amp;overlays</source>
        <translation>Bild&amp;einblendungen</translation>
    </message>
    <message>
        <source>Show overlays</source>
        <translation>Einblendungen anzeigen</translation>
    </message>
    <message>
        <source>Window/level and zoom</source>
        <translation>Fensterung und Zoom</translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation>Frame-Nummer</translation>
    </message>
    <message>
        <source>Orientation markers</source>
        <translation>Orientierungsmarker</translation>
    </message>
    <message>
        <source>Item and reader</source>
        <translation>Fall und Befunder</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Patientendaten</translation>
    </message>
    <message>
        <source>Show or hide the text over the image</source>
        <translation>Den Text über dem Bild ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Patient name, ID and study date on the image. They can identify the patient, so they start hidden in every window</source>
        <translation>Patientenname, ID und Studiendatum auf dem Bild. Sie können den Patienten identifizieren und sind daher in jedem Fenster zunächst ausgeblendet</translation>
    </message>
</context>
<context>
    <name>concord::PacsNodesDialog</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>PACS nodes</source>
        <translation>PACS-Knoten</translation>
    </message>
    <message>
        <source>Your name for the node; it also names the node&apos;s folder in a project&apos;s pacs/ folder</source>
        <translation>Ihr Name für den Knoten; er benennt auch den Ordner des Knotens im Ordner pacs/ eines Projekts</translation>
    </message>
    <message>
        <source>The node&apos;s own AE title, as its administrator gave it</source>
        <translation>Der eigene AE-Titel des Knotens, wie ihn sein Administrator vergeben hat</translation>
    </message>
    <message>
        <source>Concord&apos;s AE title towards this node; the node must know it for C-MOVE</source>
        <translation>Der AE-Titel von Concord gegenüber diesem Knoten; der Knoten muss ihn für C-MOVE kennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Called AE title:</source>
        <translation>Gerufener AE-Titel:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Calling AE title:</source>
        <translation>Rufender AE-Titel:</translation>
    </message>
    <message>
        <source>Left out, saved nodes that no longer check out:
%1</source>
        <translation>Ausgelassen wurden gespeicherte Knoten, die die Prüfung nicht mehr bestehen:
%1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>another node has this name</source>
        <translation>ein anderer Knoten hat diesen Namen</translation>
    </message>
    <message>
        <source>%1: two nodes have this name</source>
        <translation>%1: zwei Knoten haben diesen Namen</translation>
    </message>
    <message>
        <source>Not saved until every node checks out. %1</source>
        <translation>Nicht gespeichert, bis jeder Knoten die Prüfung besteht. %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>OK: %1 answered the C-ECHO in %2 ms (%3 ms with connecting and releasing).</source>
        <translation>OK: %1 hat das C-ECHO in %2 ms beantwortet (%3 ms mit Verbindungsaufbau und -abbau).</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: the settings file %1 cannot be written.</source>
        <translation>Nicht gespeichert: Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>DIMSE (C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE)</source>
        <translation>DIMSE (C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE)</translation>
    </message>
    <message>
        <source>DICOMweb (QIDO-RS, WADO-RS, STOW-RS)</source>
        <translation>DICOMweb (QIDO-RS, WADO-RS, STOW-RS)</translation>
    </message>
    <message>
        <source>How Concord talks to the node: DICOM&apos;s own network protocol, or HTTP</source>
        <translation>Wie Concord mit dem Knoten kommuniziert: über das eigene Netzwerkprotokoll von DICOM oder über HTTP</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>OK: %1 answered a QIDO-RS search for studies (limit=1) in %2 ms.</source>
        <translation>OK: %1 hat eine QIDO-RS-Suche nach Studien (limit=1) in %2 ms beantwortet.</translation>
    </message>
</context>
<context>
    <name>concord::PacsRetrieveDialog</name>
    <message>
        <source>Study date from</source>
        <translation>Studiendatum von</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Fetch (C-GET)</source>
        <translation>Holen (C-GET)</translation>
    </message>
    <message>
        <source>PACS pushes (C-MOVE) to port</source>
        <translation>PACS sendet (C-MOVE) an Port</translation>
    </message>
    <message>
        <source>Retrieve from PACS</source>
        <translation>Aus dem PACS abrufen</translation>
    </message>
    <message>
        <source>e.g. Doe* (* and ? are wildcards)</source>
        <translation>z. B. Muster* (* und ? sind Platzhalter)</translation>
    </message>
    <message>
        <source>Nodes…</source>
        <translation>Knoten…</translation>
    </message>
    <message>
        <source>PACS:</source>
        <translation>PACS:</translation>
    </message>
    <message>
        <source>Patient name:</source>
        <translation>Patientenname:</translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation>Patienten-ID:</translation>
    </message>
    <message>
        <source>Accession:</source>
        <translation>Accession Number:</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalität:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Accession Number</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalitäten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Concord asks for each image and the PACS sends it back on the same connection</source>
        <translation>Concord fordert jedes Bild an, und das PACS sendet es über dieselbe Verbindung zurück</translation>
    </message>
    <message>
        <source>The PACS sends the images to Concord on this port; it must know Concord&apos;s calling AE title with this computer&apos;s address and port</source>
        <translation>Das PACS sendet die Bilder über diesen Port an Concord; es muss den rufenden AE-Titel von Concord mit der Adresse und dem Port dieses Computers kennen</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>No PACS nodes yet: add one with Nodes…</source>
        <translation>Noch keine PACS-Knoten: Hinzufügen über Knoten…</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>%1 wird durchsucht…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies) found.</source>
        <translation>
            <numerusform>%n Studie gefunden.</numerusform>
            <numerusform>%n Studien gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message numerus="yes">
        <source>Retrieving %n study(ies) from %1…</source>
        <translation>
            <numerusform>%n Studie wird von %1 abgerufen…</numerusform>
            <numerusform>%n Studien werden von %1 abgerufen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n image(s)</source>
        <translation>
            <numerusform>%1 / %n Bild</numerusform>
            <numerusform>%1 / %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s); already in the project: %2</source>
        <translation>
            <numerusform>%1 von %n Bild; bereits im Projekt: %2</numerusform>
            <numerusform>%1 von %n Bildern; bereits im Projekt: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: retrieve again to fetch the rest; images already in the project are not fetched again.</source>
        <translation>Abgebrochen: Rufen Sie erneut ab, um den Rest zu holen; Bilder, die bereits im Projekt sind, werden nicht erneut geholt.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Finished with problems.</source>
        <translation>Mit Problemen beendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) fetched</source>
        <translation>
            <numerusform>%n Bild geholt</numerusform>
            <numerusform>%n Bilder geholt</numerusform>
        </translation>
    </message>
    <message>
        <source>already in the project: %1</source>
        <translation>bereits im Projekt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added.</source>
        <translation>
            <numerusform>%n Fall hinzugefügt.</numerusform>
            <numerusform>%n Fälle hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current image…</source>
        <translation>Wird nach dem aktuellen Bild angehalten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n study(ies) of more: narrow the search, or raise the cap in File ▸ Preferences….</source>
        <translation>
            <numerusform>Angezeigt wird nur %n Studie, es gibt mehr: Schränken Sie die Suche ein oder erhöhen Sie die Obergrenze unter Datei ▸ Einstellungen….</numerusform>
            <numerusform>Angezeigt werden nur die ersten %n Studien, es gibt mehr: Schränken Sie die Suche ein oder erhöhen Sie die Obergrenze unter Datei ▸ Einstellungen….</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::PlanReadingBar</name>
    <message>
        <source>Finish reading</source>
        <translation>Befundung beenden</translation>
    </message>
    <message>
        <source>Stop this read and go back to ordinary labeling. What you submitted stays in the session; you can come back to read the rest.</source>
        <translation>Diese Befundung beenden und zum normalen Labeln zurückkehren. Was Sie abgegeben haben, bleibt in der Sitzung; Sie können zurückkommen, um den Rest zu befunden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2&lt;/b&gt; · &lt;b&gt;%3 of %4&lt;/b&gt; submitted · guideline v%5 · Blind: you see only what you read in this session. Your earlier labels and other readers&apos; stay hidden%6.</source>
        <translation>&lt;b&gt;%1: %2&lt;/b&gt; · &lt;b&gt;%3 von %4&lt;/b&gt; abgegeben · Leitfaden v%5 · Verblindet: Sie sehen nur, was Sie in dieser Sitzung befundet haben. Ihre früheren Labels und die anderer Befunder bleiben ausgeblendet%6.</translation>
    </message>
    <message>
        <source>Gold test</source>
        <translation>Goldtest</translation>
    </message>
    <message>
        <source>Calibration read</source>
        <translation>Kalibrierungsbefundung</translation>
    </message>
    <message>
        <source> until the test is scored</source>
        <translation>, bis der Test ausgewertet ist</translation>
    </message>
    <message>
        <source> until the review</source>
        <translation> bis zur Auswertung</translation>
    </message>
</context>
<context>
    <name>concord::PlanSetupDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>concord::PolygonTool</name>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Click to place vertices; click the first one or press Enter to close. Backspace: remove the last vertex. Esc: cancel.

On a selected polygon: drag a vertex to move it, drag an edge to add one, Delete or right-click to remove one.</source>
        <translation>Klicken Sie, um Eckpunkte zu setzen; klicken Sie auf den ersten oder drücken Sie Enter, um zu schließen. Backspace: letzten Eckpunkt entfernen. Esc: abbrechen.

Bei einem ausgewählten Polygon: Eckpunkt ziehen, um ihn zu verschieben; Kante ziehen, um einen hinzuzufügen; Delete oder Rechtsklick, um einen zu entfernen.</translation>
    </message>
    <message>
        <source>Insert polygon vertex</source>
        <translation>Polygon-Eckpunkt einfügen</translation>
    </message>
    <message>
        <source>Move polygon</source>
        <translation>Polygon verschieben</translation>
    </message>
    <message>
        <source>Move polygon vertex</source>
        <translation>Polygon-Eckpunkt verschieben</translation>
    </message>
    <message>
        <source>Delete polygon</source>
        <translation>Polygon löschen</translation>
    </message>
    <message>
        <source>Delete polygon vertex</source>
        <translation>Polygon-Eckpunkt löschen</translation>
    </message>
    <message>
        <source>Draw polygon</source>
        <translation>Polygon zeichnen</translation>
    </message>
</context>
<context>
    <name>concord::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language shows when Concord starts again.</source>
        <translation>Eine neu gewählte Sprache wird wirksam, wenn Concord neu gestartet wird.</translation>
    </message>
    <message>
        <source>None: GrabCut and region growing only</source>
        <translation>Keines: nur GrabCut und Regionenwachstum</translation>
    </message>
    <message>
        <source>Segmentation model description</source>
        <translation>Beschreibung des Segmentierungsmodells</translation>
    </message>
    <message>
        <source>Segmentation &amp;model:</source>
        <translation>Segmentierungs&amp;modell:</translation>
    </message>
    <message>
        <source>Learner &amp;features:</source>
        <translation>&amp;Lerner-Merkmale:</translation>
    </message>
    <message>
        <source>Embedding model description</source>
        <translation>Beschreibung des Embedding-Modells</translation>
    </message>
    <message>
        <source>None: the built-in image descriptors</source>
        <translation>Keines: die eingebauten Bilddeskriptoren</translation>
    </message>
    <message>
        <source>How many matches Concord asks a DICOMweb node for in one QIDO-RS request (&quot;limit&quot;); it asks for the next page until it has them all</source>
        <translation>Wie viele Treffer Concord in einer QIDO-RS-Anfrage („limit“) von einem DICOMweb-Knoten anfordert; die jeweils nächste Seite wird angefordert, bis alle Treffer vorliegen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>A search stops after this many studies and says that there are more; 0 brings every match</source>
        <translation>Eine Suche endet nach so vielen Studien und meldet, dass es weitere gibt; 0 liefert alle Treffer</translation>
    </message>
    <message>
        <source> matches</source>
        <translation> Treffer</translation>
    </message>
    <message>
        <source>PACS &amp;page size:</source>
        <translation>PACS-Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>PACS search &amp;cap:</source>
        <translation>PACS-Such&amp;obergrenze:</translation>
    </message>
</context>
<context>
    <name>concord::ProblemsPanel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No problems were found in the project&apos;s files.</source>
        <translation>In den Dateien des Projekts wurden keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found when the project was opened. What they affect was skipped; the files were not changed.</source>
        <translation>
            <numerusform>Beim Öffnen des Projekts wurde %n Problem gefunden. Was davon betroffen ist, wurde übersprungen; die Dateien wurden nicht verändert.</numerusform>
            <numerusform>Beim Öffnen des Projekts wurden %n Probleme gefunden. Was davon betroffen ist, wurde übersprungen; die Dateien wurden nicht verändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::ProjectState</name>
    <message>
        <source>no such folder</source>
        <translation>Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>not a Concord project: it has no project.json</source>
        <translation>kein Concord-Projekt: Es gibt keine project.json</translation>
    </message>
    <message>
        <source>a project already exists here</source>
        <translation>hier existiert bereits ein Projekt</translation>
    </message>
    <message>
        <source>cannot create the project folder</source>
        <translation>der Projektordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid annotator id: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>„%1“ ist keine gültige Annotator-ID: Verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>a window preset needs a name and a positive width</source>
        <translation>eine Fensterungsvorgabe benötigt einen Namen und eine positive Breite</translation>
    </message>
</context>
<context>
    <name>concord::PromptSegmentTool</name>
    <message>
        <source>Smart mask (model)</source>
        <translation>Intelligente Maske (Modell)</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Kein Modell: %1</translation>
    </message>
    <message>
        <source>Click on the object (Shift+click or right-click: not this), or drag a box around it. The model&apos;s proposal shows shaded; Enter adds it as a new mask with the active label, Esc discards it, Backspace takes back the last point.</source>
        <translation>Klicken Sie auf das Objekt (Shift+Klick oder Rechtsklick: gehört nicht dazu) oder ziehen Sie eine Box darum. Der Vorschlag des Modells wird schattiert angezeigt; Enter fügt ihn als neue Maske mit dem aktiven Label hinzu, Esc verwirft ihn, Backspace nimmt den letzten Punkt zurück.</translation>
    </message>
    <message>
        <source>none is set; choose a model description in File ▸ Preferences… (Segmentation model)</source>
        <translation>keines festgelegt; wählen Sie unter Datei ▸ Einstellungen… eine Modellbeschreibung (Segmentierungsmodell)</translation>
    </message>
    <message>
        <source>no segmentation model is set (File ▸ Preferences…, Segmentation model); GrabCut and region growing work without one</source>
        <translation>kein Segmentierungsmodell festgelegt (Datei ▸ Einstellungen…, Segmentierungsmodell); GrabCut und Regionenwachstum funktionieren ohne</translation>
    </message>
    <message>
        <source>Segmenting…</source>
        <translation>Wird segmentiert…</translation>
    </message>
    <message>
        <source>Encoding image…</source>
        <translation>Bild wird kodiert…</translation>
    </message>
    <message>
        <source>The model proposes nothing here.</source>
        <translation>Das Modell schlägt hier nichts vor.</translation>
    </message>
    <message>
        <source>Choose a label first: the mask takes the active label.</source>
        <translation>Wählen Sie zuerst ein Label: Die Maske erhält das aktive Label.</translation>
    </message>
    <message>
        <source>Smart mask</source>
        <translation>Intelligente Maske</translation>
    </message>
</context>
<context>
    <name>concord::QualityActions</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Next in my queue</source>
        <translation>Nächster Fall meiner Warteschlange</translation>
    </message>
    <message>
        <source>Quality…</source>
        <translation>Qualität…</translation>
    </message>
    <message>
        <source>Quality policy…</source>
        <translation>Qualitätsrichtlinie…</translation>
    </message>
    <message>
        <source>The next item the quality policy asks of you: reading for readers; review, adjudication or QC for the roles that decide</source>
        <translation>Der nächste Fall, den die Qualitätsrichtlinie von Ihnen verlangt: Befundung für Befunder; Prüfung, Adjudikation oder QC für die entscheidenden Rollen</translation>
    </message>
    <message>
        <source>Items by state, agreement and QC findings</source>
        <translation>Fälle nach Status, Übereinstimmung und QC-Befunden</translation>
    </message>
    <message>
        <source>Readers per item, tier thresholds and actions, gold and QC</source>
        <translation>Befunder pro Fall, Stufenschwellen und -aktionen, Gold und QC</translation>
    </message>
    <message>
        <source>Your queue is paused: your score on gold items is below the policy&apos;s threshold. A lead will go through it with you.</source>
        <translation>Ihre Warteschlange ist pausiert: Ihr Score bei Gold-Fällen liegt unter dem Schwellenwert der Richtlinie. Die Leitung wird ihn mit Ihnen durchgehen.</translation>
    </message>
    <message>
        <source>Your queue is empty: nothing the policy asks of you now</source>
        <translation>Ihre Warteschlange ist leer: Die Richtlinie verlangt derzeit nichts von Ihnen</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Befundung</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>adjudication</source>
        <translation>Adjudikation</translation>
    </message>
    <message>
        <source>QC check</source>
        <translation>QC-Prüfung</translation>
    </message>
    <message>
        <source>Next in your queue: %1, for %2</source>
        <translation>Nächster in Ihrer Warteschlange: %1, zur %2</translation>
    </message>
    <message>
        <source>Policy not published</source>
        <translation>Richtlinie nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Published quality policy version %1</source>
        <translation>Qualitätsrichtlinie Version %1 veröffentlicht</translation>
    </message>
    <message>
        <source>for reviewers, adjudicators and leads: it would show how others labeled items you read blind</source>
        <translation>für Prüfer, Adjudikatoren und Leitung: Es würde zeigen, wie andere Fälle gelabelt haben, die Sie verblindet befunden</translation>
    </message>
    <message>
        <source>only a lead may change the quality policy</source>
        <translation>nur die Leitung darf die Qualitätsrichtlinie ändern</translation>
    </message>
</context>
<context>
    <name>concord::QualityPolicyDialog</name>
    <message>
        <source>Accept automatically</source>
        <translation>Automatisch akzeptieren</translation>
    </message>
    <message>
        <source>Send to a reviewer</source>
        <translation>An einen Prüfer senden</translation>
    </message>
    <message>
        <source>Send to adjudication</source>
        <translation>Zur Adjudikation senden</translation>
    </message>
    <message>
        <source>Read again by new readers</source>
        <translation>Von neuen Befundern erneut befunden</translation>
    </message>
    <message>
        <source>Pause flagged readers until a lead looks at them</source>
        <translation>Markierte Befunder pausieren, bis die Leitung sie prüft</translation>
    </message>
    <message>
        <source>Quality policy (version %1 in force)</source>
        <translation>Qualitätsrichtlinie (Version %1 in Kraft)</translation>
    </message>
    <message>
        <source>Quality policy (the default in force)</source>
        <translation>Qualitätsrichtlinie (Standard in Kraft)</translation>
    </message>
    <message>
        <source> readers</source>
        <translation> Befunder</translation>
    </message>
    <message>
        <source> new readers</source>
        <translation> neue Befunder</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>IoU (Jaccard)</source>
        <translation>IoU (Jaccard)</translation>
    </message>
    <message>
        <source>What changes and why</source>
        <translation>Was sich ändert und warum</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Befundung</translation>
    </message>
    <message>
        <source>Blind readers per item:</source>
        <translation>Verblindete Befunder pro Fall:</translation>
    </message>
    <message>
        <source>Agreement tiers</source>
        <translation>Übereinstimmungsstufen</translation>
    </message>
    <message>
        <source>High tier from:</source>
        <translation>Hohe Stufe ab:</translation>
    </message>
    <message>
        <source>Medium tier from:</source>
        <translation>Mittlere Stufe ab:</translation>
    </message>
    <message>
        <source>High agreement:</source>
        <translation>Hohe Übereinstimmung:</translation>
    </message>
    <message>
        <source>Medium agreement:</source>
        <translation>Mittlere Übereinstimmung:</translation>
    </message>
    <message>
        <source>Low agreement:</source>
        <translation>Niedrige Übereinstimmung:</translation>
    </message>
    <message>
        <source>Adjudication panel:</source>
        <translation>Adjudikationsgremium:</translation>
    </message>
    <message>
        <source>Sent back to:</source>
        <translation>Zurückgesendet an:</translation>
    </message>
    <message>
        <source>Boxes match from IoU:</source>
        <translation>Boxen stimmen überein ab IoU:</translation>
    </message>
    <message>
        <source>Masks compared by:</source>
        <translation>Masken verglichen nach:</translation>
    </message>
    <message>
        <source>Gold and QC</source>
        <translation>Gold und QC</translation>
    </message>
    <message>
        <source>Hidden gold items in each queue:</source>
        <translation>Versteckte Gold-Fälle in jeder Warteschlange:</translation>
    </message>
    <message>
        <source>Accepted items drawn for QC:</source>
        <translation>Für QC gezogene akzeptierte Fälle:</translation>
    </message>
    <message>
        <source>Flag readers scoring below:</source>
        <translation>Befunder markieren bei Score unter:</translation>
    </message>
    <message>
        <source>Publish new version</source>
        <translation>Neue Version veröffentlichen</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Cannot publish: %1</source>
        <translation>Veröffentlichen nicht möglich: %1</translation>
    </message>
    <message>
        <source> reader</source>
        <translation> Befunder</translation>
    </message>
    <message>
        <source> adjudicator</source>
        <translation> Adjudikator</translation>
    </message>
    <message>
        <source> adjudicators</source>
        <translation> Adjudikatoren</translation>
    </message>
    <message>
        <source> new reader</source>
        <translation> neuer Befunder</translation>
    </message>
</context>
<context>
    <name>concord::QualityWindow</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 (95% CI %4–%5)</source>
        <translation>%1 von %2 · %3 (95-%-KI %4–%5)</translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation>Richtlinienversion %1</translation>
    </message>
    <message>
        <source>Default policy</source>
        <translation>Standardrichtlinie</translation>
    </message>
    <message>
        <source>%1: %2 readers per item · agreement ≥ %3: %4 · ≥ %5: %6 · below: %7 · QC %8% of accepted · gold %9% of each queue</source>
        <translation>%1: %2 Befunder pro Fall · Übereinstimmung ≥ %3: %4 · ≥ %5: %6 · darunter: %7 · QC %8 % der akzeptierten · Gold %9 % jeder Warteschlange</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Befunder</translation>
    </message>
    <message>
        <source>Items read</source>
        <translation>Befundete Fälle</translation>
    </message>
    <message>
        <source>Per active day</source>
        <translation>Pro aktivem Tag</translation>
    </message>
    <message>
        <source>Gold items read</source>
        <translation>Befundete Gold-Fälle</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Gold-Genauigkeit</translation>
    </message>
    <message>
        <source>Gold kappa</source>
        <translation>Gold-Kappa</translation>
    </message>
    <message>
        <source>Gold boxes F1 / IoU</source>
        <translation>Gold-Boxen F1 / IoU</translation>
    </message>
    <message>
        <source>Gold masks</source>
        <translation>Gold-Masken</translation>
    </message>
    <message>
        <source>QC error rate</source>
        <translation>QC-Fehlerrate</translation>
    </message>
    <message>
        <source>QC errors by category</source>
        <translation>QC-Fehler nach Kategorie</translation>
    </message>
    <message>
        <source>Review findings</source>
        <translation>Prüfbefunde</translation>
    </message>
    <message>
        <source>Taxonomy health…</source>
        <translation>Taxonomie-Zustand…</translation>
    </message>
    <message>
        <source>Which labels readers confuse beyond chance, and what no label fits</source>
        <translation>Welche Labels Befunder überzufällig verwechseln und wozu kein Label passt</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Save the quality report as PDF, HTML or JSON</source>
        <translation>Den Qualitätsbericht als PDF, HTML oder JSON speichern</translation>
    </message>
    <message>
        <source>The quality report as it prints: states, agreement tiers by week and by guideline version, readers, QC.</source>
        <translation>Der Qualitätsbericht wie gedruckt: Status, Übereinstimmungsstufen nach Woche und nach Leitfadenversion, Befunder, QC.</translation>
    </message>
    <message>
        <source>Items and readers</source>
        <translation>Fälle und Befunder</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the quality report</source>
        <translation>Den Qualitätsbericht speichern</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>Bericht kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Item id %1</source>
        <translation>Fall-ID %1</translation>
    </message>
    <message>
        <source>QC: %1 of %2 accepted items drawn, %3 checked. Error rate %4. Gold: %5 gold items; readers whose lowest gold score (kappa, or accuracy where kappa is undefined; box F1; mask overlap) is below %6 are marked.</source>
        <translation>QC: %1 von %2 akzeptierten Fällen gezogen, %3 geprüft. Fehlerrate %4. Gold: %5 Gold-Fälle; Befunder, deren niedrigster Gold-Score (Kappa, oder Genauigkeit, wo Kappa undefiniert ist; Box-F1; Maskenüberlappung) unter %6 liegt, werden markiert.</translation>
    </message>
    <message>
        <source>%1 — below the gold threshold</source>
        <translation>%1 — unter dem Gold-Schwellenwert</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <source> (95% CI %1–%2)</source>
        <translation> (95-%-KI %1–%2)</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
</context>
<context>
    <name>concord::ReferenceBanner</name>
    <message>
        <source>&lt;b&gt;Guideline example&lt;/b&gt;: no reference label to show for this item.</source>
        <translation>&lt;b&gt;Leitfadenbeispiel&lt;/b&gt;: kein Referenzlabel für diesen Fall vorhanden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reference&lt;/b&gt; (guideline example): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Referenz&lt;/b&gt; (Leitfadenbeispiel): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none of the labels</source>
        <translation>keines der Labels</translation>
    </message>
    <message>
        <source>Set by %1 under guideline version %2</source>
        <translation>Festgelegt von %1 unter Leitfadenversion %2</translation>
    </message>
</context>
<context>
    <name>concord::RegionGrowTool</name>
    <message>
        <source>Region growing</source>
        <translation>Regionenwachstum</translation>
    </message>
    <message>
        <source>Click inside a structure: the connected pixels of similar grey level on screen are added to the selected mask, or become a new one. Zoom in to confine the search.</source>
        <translation>Klicken Sie in eine Struktur: Die zusammenhängenden Pixel ähnlicher Graustufe auf dem Bildschirm werden der ausgewählten Maske hinzugefügt oder bilden eine neue. Zoomen Sie hinein, um die Suche einzugrenzen.</translation>
    </message>
    <message>
        <source>Grow region</source>
        <translation>Region wachsen lassen</translation>
    </message>
</context>
<context>
    <name>concord::RulerTool</name>
    <message>
        <source>Ruler</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>%1 px (no pixel spacing in this image)</source>
        <translation>%1 px (kein Pixelabstand in diesem Bild)</translation>
    </message>
    <message>
        <source>%1 mm (%2)</source>
        <translation>%1 mm (%2)</translation>
    </message>
    <message>
        <source>Drag to measure a distance; the ruler is saved with the active label and its length goes into the DICOM measurement report. Click a ruler to select it, drag its ends to adjust it; Delete removes it.</source>
        <translation>Ziehen Sie, um eine Strecke zu messen; das Lineal wird mit dem aktiven Label gespeichert, und seine Länge geht in den DICOM-Messbericht ein. Klicken Sie auf ein Lineal, um es auszuwählen, und ziehen Sie an seinen Enden, um es anzupassen; Delete entfernt es.</translation>
    </message>
    <message>
        <source>Move ruler</source>
        <translation>Lineal verschieben</translation>
    </message>
    <message>
        <source>Move ruler end</source>
        <translation>Linealende verschieben</translation>
    </message>
    <message>
        <source>Measure distance</source>
        <translation>Strecke messen</translation>
    </message>
    <message>
        <source>Delete ruler</source>
        <translation>Lineal löschen</translation>
    </message>
</context>
<context>
    <name>concord::RunModelDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run model</source>
        <translation>Modell ausführen</translation>
    </message>
    <message>
        <source>A model description (JSON beside its .onnx file)</source>
        <translation>Eine Modellbeschreibung (JSON neben ihrer .onnx-Datei)</translation>
    </message>
    <message>
        <source>Model description</source>
        <translation>Modellbeschreibung</translation>
    </message>
    <message>
        <source>Every item (%1)</source>
        <translation>Alle Fälle (%1)</translation>
    </message>
    <message>
        <source>Items I have not finished (%1)</source>
        <translation>Von mir nicht abgeschlossene Fälle (%1)</translation>
    </message>
    <message>
        <source>This item</source>
        <translation>Dieser Fall</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Fälle:</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Choose the description of a classification, detection or segmentation model.</source>
        <translation>Wählen Sie die Beschreibung eines Klassifikations-, Detektions- oder Segmentierungsmodells.</translation>
    </message>
    <message>
        <source>an embedding model makes no pre-labels; set it as the learner&apos;s features in Preferences</source>
        <translation>ein Embedding-Modell erzeugt keine Vorlabels; legen Sie es in den Einstellungen als Lerner-Merkmale fest</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No items to run on.</source>
        <translation>Keine Fälle zu verarbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 on %n item(s)…</source>
        <translation>
            <numerusform>%1 wird auf %n Fall ausgeführt…</numerusform>
            <numerusform>%1 wird auf %n Fällen ausgeführt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n item(s), in the Suggestions tab as set %1.</source>
        <translation>
            <numerusform> für %n Fall, im Panel „Vorschläge“ als Satz %1.</numerusform>
            <numerusform> für %n Fälle, im Panel „Vorschläge“ als Satz %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped; the first: %1</source>
        <translation>
            <numerusform>%n Fall übersprungen: %1</numerusform>
            <numerusform>%n Fälle übersprungen; der erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3, input %4 × %5</source>
        <translation>%1 %2: %3, Eingabe %4 × %5</translation>
    </message>
    <message>
        <source>Proposes: %1</source>
        <translation>Schlägt vor: %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n class(es) ignored)</source>
        <translation>
            <numerusform> (%n Klasse ignoriert)</numerusform>
            <numerusform> (%n Klassen ignoriert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import predictions</source>
        <translation>Vorhersagen importieren</translation>
    </message>
    <message>
        <source>The model that made them:</source>
        <translation>Das Modell, von dem sie stammen:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>COCO predictions with scores (*.json);;Image labels (*.csv);;DICOM segmentations (*.dcm)</source>
        <translation>COCO-Vorhersagen mit Scores (*.json);;Bild-Labels (*.csv);;DICOM-Segmentierungen (*.dcm)</translation>
    </message>
</context>
<context>
    <name>concord::SendSegmentationDialog</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Send segmentation to PACS</source>
        <translation>Segmentierung an das PACS senden</translation>
    </message>
    <message>
        <source>The DICOM Segmentation (SEG) of your masks and polygons on item %1 (%2), one segment per label, referring to the image it was drawn on.</source>
        <translation>Die DICOM-Segmentierung (SEG) Ihrer Masken und Polygone auf Fall %1 (%2), ein Segment je Label, mit Verweis auf das Bild, auf dem sie gezeichnet wurden.</translation>
    </message>
    <message>
        <source>Item %1 is not in the project.</source>
        <translation>Fall %1 ist nicht im Projekt.</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>No PACS nodes yet: add one with File ▸ PACS nodes…</source>
        <translation>Noch keine PACS-Knoten: Hinzufügen über Datei ▸ PACS-Knoten…</translation>
    </message>
    <message>
        <source>No item is open.</source>
        <translation>Es ist kein Fall geöffnet.</translation>
    </message>
    <message>
        <source>The current item is not a DICOM image: a DICOM segmentation refers to the DICOM image it was drawn on.</source>
        <translation>Der aktuelle Fall ist kein DICOM-Bild: Eine DICOM-Segmentierung verweist auf das DICOM-Bild, auf dem sie gezeichnet wurde.</translation>
    </message>
    <message>
        <source>You have drawn no mask or polygon on the current item: there is no segmentation to send.</source>
        <translation>Sie haben auf dem aktuellen Fall keine Maske und kein Polygon gezeichnet: Es gibt keine Segmentierung zu senden.</translation>
    </message>
    <message>
        <source>Sent by STOW-RS (HTTP POST to %1/studies).</source>
        <translation>Versand per STOW-RS (HTTP POST an %1/studies).</translation>
    </message>
    <message>
        <source>Sent by C-STORE to %1.</source>
        <translation>Versand per C-STORE an %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing the segmentation and sending it to %1…</source>
        <translation>Die Segmentierung wird geschrieben und an %1 gesendet…</translation>
    </message>
    <message>
        <source>Stored: %1 (SOP Instance UID %2): %3</source>
        <translation>Gespeichert: %1 (SOP Instance UID %2): %3</translation>
    </message>
    <message>
        <source>Not stored: %1 (SOP Instance UID %2): %3</source>
        <translation>Nicht gespeichert: %1 (SOP Instance UID %2): %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n segmentation(s) stored.</source>
        <translation>
            <numerusform>Abgebrochen: %1 von %n Segmentierung gespeichert.</numerusform>
            <numerusform>Abgebrochen: %1 von %n Segmentierungen gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: the node stored %n segmentation(s).</source>
        <translation>
            <numerusform>Fertig: Der Knoten hat %n Segmentierung gespeichert.</numerusform>
            <numerusform>Fertig: Der Knoten hat %n Segmentierungen gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The node stored %1 of %n segmentation(s); see above why not the others.</source>
        <translation>
            <numerusform>Der Knoten hat %1 von %n Segmentierung gespeichert; warum die übrigen nicht, steht oben.</numerusform>
            <numerusform>Der Knoten hat %1 von %n Segmentierungen gespeichert; warum die übrigen nicht, steht oben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>De-identify before sending</source>
        <translation>Vor dem Senden de-identifizieren</translation>
    </message>
    <message>
        <source>Replaces the patient&apos;s name and IDs, dates and UIDs with the project&apos;s pseudonyms, as concord-cli export --deidentify does, so the segmentation refers to the image as concord-cli deidentify --project writes it. Leave it off to send to the PACS the image came from, where the segmentation must refer to the patient&apos;s real study.</source>
        <translation>Ersetzt Namen und IDs des Patienten, Datumsangaben und UIDs durch die Pseudonyme des Projekts, wie es concord-cli export --deidentify tut, sodass die Segmentierung auf das Bild verweist, wie concord-cli deidentify --project es schreibt. Lassen Sie die Option ausgeschaltet, um an das PACS zu senden, aus dem das Bild stammt; dort muss die Segmentierung auf die echte Studie des Patienten verweisen.</translation>
    </message>
    <message numerus="yes">
        <source>Done: the node stored %n de-identified segmentation(s).</source>
        <translation>
            <numerusform>Fertig: Der Knoten hat %n de-identifizierte Segmentierung gespeichert.</numerusform>
            <numerusform>Fertig: Der Knoten hat %n de-identifizierte Segmentierungen gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::SessionJournal</name>
    <message>
        <source>unknown annotator &quot;%1&quot;</source>
        <translation>unbekannter Annotator „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid annotator id</source>
        <translation>„%1“ ist keine gültige Annotator-ID</translation>
    </message>
    <message>
        <source>no labeling session is open</source>
        <translation>es ist keine Labeling-Sitzung geöffnet</translation>
    </message>
    <message>
        <source>%1 needs an open session</source>
        <translation>%1: Dazu ist eine offene Sitzung erforderlich</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this: %3</source>
        <translation>%1 (%2) darf dies nicht: %3</translation>
    </message>
    <message>
        <source>there is no plan &quot;%1&quot;</source>
        <translation>es gibt keinen Plan „%1“</translation>
    </message>
    <message>
        <source>%1 is not a reader of &quot;%2&quot;</source>
        <translation>%1 ist kein Befunder von „%2“</translation>
    </message>
</context>
<context>
    <name>concord::SessionsPanel</name>
    <message>
        <source>labeling</source>
        <translation>Labeling</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>gold test</source>
        <translation>Goldtest</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>0 min</source>
        <translation>0 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Annotator / session</source>
        <translation>Annotator / Sitzung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Items/h</source>
        <translation>Fälle/h</translation>
    </message>
    <message>
        <source>Active time leaves out pauses of more than two minutes without input.</source>
        <translation>Die aktive Zeit lässt Pausen von mehr als zwei Minuten ohne Eingabe aus.</translation>
    </message>
    <message>
        <source>Record the end of this session and close the project</source>
        <translation>Das Ende dieser Sitzung erfassen und das Projekt schließen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>concord::StackNavigator</name>
    <message>
        <source>Previous image</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>Wheel scrolls the stack</source>
        <translation>Mausrad blättert durch den Stapel</translation>
    </message>
    <message>
        <source>Previous frame, or the previous item at the first frame</source>
        <translation>Vorheriger Frame oder beim ersten Frame der vorherige Fall</translation>
    </message>
    <message>
        <source>Next frame, or the next item at the last frame</source>
        <translation>Nächster Frame oder beim letzten Frame der nächste Fall</translation>
    </message>
    <message>
        <source>The wheel steps through frames and the series, as in a PACS viewer; Shift+wheel zooms. Off: the wheel zooms and Shift+wheel steps.</source>
        <translation>Das Mausrad blättert wie in einem PACS-Viewer durch Frames und Serie; Shift+Mausrad zoomt. Aus: Das Mausrad zoomt und Shift+Mausrad blättert.</translation>
    </message>
    <message>
        <source>This is the last item in the list.</source>
        <translation>Dies ist der letzte Fall der Liste.</translation>
    </message>
    <message>
        <source>This is the first item in the list.</source>
        <translation>Dies ist der erste Fall der Liste.</translation>
    </message>
    <message>
        <source>This is the last image of the series.</source>
        <translation>Dies ist das letzte Bild der Serie.</translation>
    </message>
    <message>
        <source>This is the first image of the series.</source>
        <translation>Dies ist das erste Bild der Serie.</translation>
    </message>
</context>
<context>
    <name>concord::SuggestionLayer</name>
    <message>
        <source>Accept suggestion</source>
        <translation>Vorschlag akzeptieren</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag akzeptieren</numerusform>
            <numerusform>%n Vorschläge akzeptieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>(deleted label)</source>
        <translation>(gelöschtes Label)</translation>
    </message>
</context>
<context>
    <name>concord::SuggestionsPanel</name>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Alle akzeptieren</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Next suggestion</source>
        <translation>Nächster Vorschlag</translation>
    </message>
    <message>
        <source>Previous suggestion</source>
        <translation>Vorheriger Vorschlag</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Suggestions are hidden in calibration reads and gold tests, so that every reading there is your own.</source>
        <translation>Vorschläge sind in Kalibrierungsbefundungen und Goldtests ausgeblendet, damit jede Befundung dort Ihre eigene ist.</translation>
    </message>
    <message>
        <source>Suggestions scoring below this are not drawn, and Accept all leaves them</source>
        <translation>Vorschläge mit einem niedrigeren Score werden nicht gezeichnet, und „Alle akzeptieren“ lässt sie aus</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Mindestscore</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Accept the selected suggestion (or the best one) as your own</source>
        <translation>Den ausgewählten Vorschlag (oder den besten) als Ihre eigene Arbeit akzeptieren</translation>
    </message>
    <message>
        <source>Accept every suggestion on this image at or above the minimum score</source>
        <translation>Jeden Vorschlag auf diesem Bild ab dem Mindestscore akzeptieren</translation>
    </message>
    <message>
        <source>Reject the selected suggestion (or the best one), saying why</source>
        <translation>Den ausgewählten Vorschlag (oder den besten) mit Begründung ablehnen</translation>
    </message>
    <message>
        <source>Select the next suggestion</source>
        <translation>Den nächsten Vorschlag auswählen</translation>
    </message>
    <message>
        <source>Select the previous suggestion</source>
        <translation>Den vorherigen Vorschlag auswählen</translation>
    </message>
    <message>
        <source>A accepts, Shift+A accepts all at or above the minimum score, Shift+R rejects, S and Shift+S step through. Accepted shapes are yours to edit.</source>
        <translation>A akzeptiert, Shift+A akzeptiert alle ab dem Mindestscore, Shift+R lehnt ab, S und Shift+S blättern durch. Akzeptierte Formen gehören Ihnen und lassen sich bearbeiten.</translation>
    </message>
    <message>
        <source>Not present (false positive)</source>
        <translation>Nicht vorhanden (falsch positiv)</translation>
    </message>
    <message>
        <source>Wrong label</source>
        <translation>Falsches Label</translation>
    </message>
    <message>
        <source>Wrong position or size</source>
        <translation>Falsche Position oder Größe</translation>
    </message>
    <message>
        <source>Duplicate of another finding</source>
        <translation>Duplikat eines anderen Befunds</translation>
    </message>
    <message>
        <source>Not part of this task</source>
        <translation>Gehört nicht zu dieser Aufgabe</translation>
    </message>
    <message>
        <source>These pre-label sets cannot be read and are not shown:
%1</source>
        <translation>Diese Vorlabel-Sätze können nicht gelesen werden und werden nicht angezeigt:
%1</translation>
    </message>
    <message>
        <source>Pre-label set not read: %1</source>
        <translation>Vorlabel-Satz nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Accept all ≥ %1</source>
        <translation>Alle ≥ %1 akzeptieren</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 (%2), made %3: %n suggestion(s) in all</source>
        <translation>
            <numerusform>Satz %1 (%2), erstellt %3: insgesamt %n Vorschlag</numerusform>
            <numerusform>Satz %1 (%2), erstellt %3: insgesamt %n Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>No pre-label sets in this project</source>
        <translation>Keine Vorlabel-Sätze in diesem Projekt</translation>
    </message>
    <message>
        <source>(deleted label)</source>
        <translation>(gelöschtes Label)</translation>
    </message>
    <message>
        <source>%1 (image label)</source>
        <translation>%1 (Bild-Label)</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>zu entscheiden</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>below the minimum score</source>
        <translation>unter dem Mindestscore</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>No suggestion to decide on this image.</source>
        <translation>Auf diesem Bild ist kein Vorschlag zu entscheiden.</translation>
    </message>
    <message>
        <source>Accepted %1 (%2) as your own; Ctrl+Z takes it back.</source>
        <translation>%1 (%2) als Ihre eigene Arbeit akzeptiert; Ctrl+Z macht das rückgängig.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) as your own; Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>%n Vorschlag als Ihre eigene Arbeit akzeptiert; Ctrl+Z macht das rückgängig.</numerusform>
            <numerusform>%n Vorschläge als Ihre eigene Arbeit akzeptiert; Ctrl+Z macht das rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>Why is %1 (%2) wrong? Choose a reason or type your own.</source>
        <translation>Warum ist %1 (%2) falsch? Wählen Sie einen Grund oder geben Sie einen eigenen ein.</translation>
    </message>
    <message>
        <source>Not rejected: a reason is needed.</source>
        <translation>Nicht abgelehnt: Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Suggestions of the set on this image</source>
        <translation>Vorschläge des Satzes auf diesem Bild</translation>
    </message>
</context>
<context>
    <name>concord::TaxonomyEditorDialog</name>
    <message>
        <source>Allow only leaf labels (categories organise the tree but cannot be chosen)</source>
        <translation>Nur Blatt-Labels zulassen (Kategorien gliedern den Baum, sind aber nicht wählbar)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Edit taxonomy — %1</source>
        <translation>Taxonomie bearbeiten — %1</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Kind hinzufügen</translation>
    </message>
    <message>
        <source>A new label beside the selected one</source>
        <translation>Ein neues Label neben dem ausgewählten</translation>
    </message>
    <message>
        <source>A new label under the selected one</source>
        <translation>Ein neues Label unter dem ausgewählten</translation>
    </message>
    <message>
        <source>Drag a label onto another to put it under it, or between two to reorder.</source>
        <translation>Ziehen Sie ein Label auf ein anderes, um es darunter einzuordnen, oder zwischen zwei, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source>Continue to guideline draft…</source>
        <translation>Weiter zum Leitfadenentwurf…</translation>
    </message>
    <message>
        <source>Taxonomy changes are published with the next guideline version</source>
        <translation>Taxonomieänderungen werden mit der nächsten Leitfadenversion veröffentlicht</translation>
    </message>
    <message>
        <source>Taxonomy health…</source>
        <translation>Taxonomie-Zustand…</translation>
    </message>
    <message>
        <source>Which labels readers confuse and what no label fits (leads, reviewers and adjudicators)</source>
        <translation>Welche Labels Befunder verwechseln und wozu kein Label passt (Leitung, Prüfer und Adjudikatoren)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Neues Label</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message numerus="yes">
        <source>Taxonomy: %n line(s) added</source>
        <translation>
            <numerusform>Taxonomie: %n Zeile hinzugefügt</numerusform>
            <numerusform>Taxonomie: %n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 removed</source>
        <translation>, %1 entfernt</translation>
    </message>
    <message>
        <source>Discard the taxonomy changes?</source>
        <translation>Die Taxonomieänderungen verwerfen?</translation>
    </message>
    <message>
        <source>%1. They are lost unless you draft a guideline version with them.</source>
        <translation>%1. Sie gehen verloren, wenn Sie damit keine Leitfadenversion entwerfen.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>concord::TaxonomyHealthWindow</name>
    <message>
        <source>Start guideline draft for this pair…</source>
        <translation>Leitfadenentwurf für dieses Paar beginnen…</translation>
    </message>
    <message>
        <source>Add this item as an edge case…</source>
        <translation>Diesen Fall als Grenzfall hinzufügen…</translation>
    </message>
    <message>
        <source>Taxonomy health</source>
        <translation>Taxonomie-Zustand</translation>
    </message>
    <message>
        <source>Labels readers confuse</source>
        <translation>Labels, die Befunder verwechseln</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Confused</source>
        <translation>Verwechselt</translation>
    </message>
    <message>
        <source>By chance</source>
        <translation>Zufallsrate</translation>
    </message>
    <message>
        <source>95% range</source>
        <translation>95-%-Bereich</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>How often the pair would be confused if the readers&apos; disagreements fell on labels at random, given how often each label is used</source>
        <translation>Wie oft das Paar verwechselt würde, wenn die Nichtübereinstimmungen der Befunder zufällig auf Labels fielen, gegeben die Häufigkeit jedes Labels</translation>
    </message>
    <message>
        <source>Where the confusion rate lies, at 95% for all pairs together</source>
        <translation>Wo die Verwechslungsrate liegt, zu 95 % für alle Paare gemeinsam</translation>
    </message>
    <message>
        <source>Opens a new guideline version with an edge-case section on the two labels and every item where readers confused them linked</source>
        <translation>Öffnet eine neue Leitfadenversion mit einem Grenzfall-Abschnitt zu den beiden Labels, verknüpft mit jedem Fall, bei dem Befunder sie verwechselt haben</translation>
    </message>
    <message>
        <source>Opens a new guideline version with the selected item as an edge case</source>
        <translation>Öffnet eine neue Leitfadenversion mit dem ausgewählten Fall als Grenzfall</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where they were confused&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wo sie verwechselt wurden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Confused pairs</source>
        <translation>Verwechselte Paare</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>This image cannot be shown.

%1</source>
        <translation>Dieses Bild kann nicht angezeigt werden.

%1</translation>
    </message>
    <message>
        <source>Tell %1 from %2</source>
        <translation>%1 von %2 unterscheiden</translation>
    </message>
    <message>
        <source>Edge case: %1 or %2</source>
        <translation>Grenzfall: %1 oder %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 readers&lt;/b&gt; · %2 items read by two or more</source>
        <translation>&lt;b&gt;%1 Befunder&lt;/b&gt; · %2 Fälle von zwei oder mehr befundet</translation>
    </message>
    <message>
        <source> · &lt;b&gt;Confusion needs two readers on an item&lt;/b&gt;: no item has two submitted readings yet. Plan a calibration session (Team ▸ New calibration session) so several readers read the same items blind.</source>
        <translation> · &lt;b&gt;Verwechslungen erfordern zwei Befunder pro Fall&lt;/b&gt;: Noch kein Fall hat zwei abgegebene Befundungen. Planen Sie eine Kalibrierungssitzung (Team ▸ Neue Kalibrierungssitzung), damit mehrere Befunder dieselben Fälle verblindet befunden.</translation>
    </message>
    <message>
        <source> · most confused: &lt;b&gt;%1 ↔ %2&lt;/b&gt; on %3, %4 of comparisons against %5 by chance%6</source>
        <translation> · am häufigsten verwechselt: &lt;b&gt;%1 ↔ %2&lt;/b&gt; bei %3, %4 der Vergleiche gegenüber %5 zufällig%6</translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#c0392b&apos;&gt;beyond chance&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:#c0392b&apos;&gt;überzufällig&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · readers confused no labels</source>
        <translation> · Befunder haben keine Labels verwechselt</translation>
    </message>
    <message>
        <source>beyond chance</source>
        <translation>überzufällig</translation>
    </message>
    <message>
        <source>not proven</source>
        <translation>nicht belegt</translation>
    </message>
    <message>
        <source>chance level</source>
        <translation>Zufallsniveau</translation>
    </message>
    <message>
        <source>%1 of %2 comparisons</source>
        <translation>%1 von %2 Vergleichen</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4: %5</source>
        <translation>%1 — %2: %3, %4: %5</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;%1&lt;/span&gt; gave %2&lt;br&gt;&lt;small&gt;All labels on this item: %3&lt;/small&gt;</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;%1&lt;/span&gt; vergab %2&lt;br&gt;&lt;small&gt;Alle Labels zu diesem Fall: %3&lt;/small&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Needs two readers on an item.</source>
        <translation>Benötigt zwei Befunder pro Fall.</translation>
    </message>
    <message>
        <source>Select a pair and an item.</source>
        <translation>Wählen Sie ein Paar und einen Fall.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>on %1 they disagreed this way in %2 of %3 comparisons (%4, against %5 expected by chance), on the items below.</source>
        <translation>Bei %1 waren sie sich in %2 von %3 Vergleichen auf diese Weise uneinig (%4, gegenüber %5 zufällig erwartet), bei den Fällen unten.</translation>
    </message>
    <message>
        <source>read as %1 by %2 and as %3 by %4</source>
        <translation>von %2 als %1 und von %4 als %3 befundet</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Items no label fits&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Fälle, zu denen kein Label passt&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; skipped by a reader%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; von einem Befunder übersprungen%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; submitted without any label%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; ohne Label abgegeben%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Catch-all labels&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sammel-Labels&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The taxonomy has no catch-all label (such as &quot;Other&quot; or &quot;Normal&quot;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Taxonomie hat kein Sammel-Label (wie „Sonstiges“ oder „Normal“).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Share of submitted items with %1. A reader far above the others may be using it for what the taxonomy lacks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Anteil abgegebener Fälle mit %1. Ein Befunder weit über den anderen verwendet es möglicherweise für das, was der Taxonomie fehlt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Notes that keep naming something&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Notizen, die immer wieder etwas nennen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No word recurs in review, adjudication, QC or reference notes on three items or more that no label names.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In Prüf-, Adjudikations-, QC- oder Referenznotizen kommt kein Wort bei drei oder mehr Fällen wiederholt vor, das kein Label benennt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; on %2 items: %3 — a label the taxonomy lacks?&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; bei %2 Fällen: %3 — ein Label, das der Taxonomie fehlt?&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>concord::TaxonomyModel</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
</context>
<context>
    <name>concord::TeamActions</name>
    <message>
        <source>Guideline</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Switch &amp;reader…</source>
        <translation>Befunder &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;New calibration session…</source>
        <translation>&amp;Neue Kalibrierungssitzung…</translation>
    </message>
    <message>
        <source>&amp;Read calibration session…</source>
        <translation>Kalibrierungssitzung &amp;befunden…</translation>
    </message>
    <message>
        <source>Calibration re&amp;view…</source>
        <translation>&amp;Kalibrierung auswerten…</translation>
    </message>
    <message>
        <source>New &amp;guideline version…</source>
        <translation>Neue &amp;Leitfadenversion…</translation>
    </message>
    <message>
        <source>Edit &amp;taxonomy…</source>
        <translation>&amp;Taxonomie bearbeiten…</translation>
    </message>
    <message>
        <source>Taxonomy &amp;health…</source>
        <translation>Taxonomie-&amp;Zustand…</translation>
    </message>
    <message>
        <source>&amp;Send my work…</source>
        <translation>Meine Arbeit &amp;versenden…</translation>
    </message>
    <message>
        <source>&amp;Receive work…</source>
        <translation>Arbeit &amp;empfangen…</translation>
    </message>
    <message>
        <source>&amp;Guideline panel</source>
        <translation>&amp;Leitfaden-Panel</translation>
    </message>
    <message>
        <source>&amp;Sessions panel</source>
        <translation>&amp;Sitzungs-Panel</translation>
    </message>
    <message>
        <source>Close the session and continue as another reader on this machine</source>
        <translation>Die Sitzung schließen und auf diesem Rechner als anderer Befunder weitermachen</translation>
    </message>
    <message>
        <source>Cannot read this calibration session</source>
        <translation>Diese Kalibrierungssitzung kann nicht befundet werden</translation>
    </message>
    <message>
        <source>Change labels, colours, keys and attributes; published with the next guideline version</source>
        <translation>Labels, Farben, Tasten und Attribute ändern; wird mit der nächsten Leitfadenversion veröffentlicht</translation>
    </message>
    <message>
        <source>Send my work</source>
        <translation>Meine Arbeit versenden</translation>
    </message>
    <message>
        <source>Concord session archives (*.concord-session)</source>
        <translation>Concord-Sitzungsarchive (*.concord-session)</translation>
    </message>
    <message>
        <source>Work saved for sending</source>
        <translation>Arbeit zum Versenden gespeichert</translation>
    </message>
    <message>
        <source>Work not saved</source>
        <translation>Arbeit nicht gespeichert</translation>
    </message>
    <message>
        <source>Receive work</source>
        <translation>Arbeit empfangen</translation>
    </message>
    <message>
        <source>Concord session archives (*.concord-session);;All files (*)</source>
        <translation>Concord-Sitzungsarchive (*.concord-session);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Work received</source>
        <translation>Arbeit empfangen</translation>
    </message>
    <message>
        <source>Work not received</source>
        <translation>Arbeit nicht empfangen</translation>
    </message>
    <message>
        <source>Which labels readers confuse, what no label fits, and the taxonomy&apos;s structure</source>
        <translation>Welche Labels Befunder verwechseln, wozu kein Label passt und die Struktur der Taxonomie</translation>
    </message>
    <message>
        <source>Calibration session</source>
        <translation>Kalibrierungssitzung</translation>
    </message>
    <message>
        <source>Calibration session not created</source>
        <translation>Kalibrierungssitzung nicht erstellt</translation>
    </message>
    <message>
        <source>Calibration session created</source>
        <translation>Kalibrierungssitzung erstellt</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 items. Each reader now opens the project (on this machine: Team ▸ Switch reader; on a laptop: a copy of the project folder) and chooses Team ▸ Read calibration session. Readers do not see each other&apos;s labels until they submit.</source>
        <translation>„%1“: %2 Fälle. Jeder Befunder öffnet nun das Projekt (auf diesem Rechner: Team ▸ Befunder wechseln; auf einem Laptop: eine Kopie des Projektordners) und wählt Team ▸ Kalibrierungssitzung befunden. Die Befunder sehen die Labels der anderen erst, wenn sie abgegeben haben.</translation>
    </message>
    <message>
        <source>There is no calibration session &quot;%1&quot;.</source>
        <translation>Es gibt keine Kalibrierungssitzung „%1“.</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot;: %2 items, blind</source>
        <translation>Befundung „%1“: %2 Fälle, verblindet</translation>
    </message>
    <message numerus="yes">
        <source>%n session journal(s) written to %1. Give this file to the project lead, who chooses File ▸ Receive work.</source>
        <translation>
            <numerusform>%n Sitzungsjournal nach %1 geschrieben. Geben Sie diese Datei der Projektleitung, die Datei ▸ Arbeit empfangen wählt.</numerusform>
            <numerusform>%n Sitzungsjournale nach %1 geschrieben. Geben Sie diese Datei der Projektleitung, die Datei ▸ Arbeit empfangen wählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

The archive was refused and nothing in the project was changed.</source>
        <translation>%1

Das Archiv wurde abgelehnt, und im Projekt wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Everything in %1 was already in the project; nothing changed.</source>
        <translation>Alles aus %1 war bereits im Projekt; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>%1 new and %2 extended session journals, %3 new annotators.</source>
        <translation>%1 neue und %2 erweiterte Sitzungsjournale, %3 neue Annotatoren.</translation>
    </message>
    <message>
        <source>Cannot finish this read</source>
        <translation>Diese Befundung kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Back to ordinary labeling</source>
        <translation>Zurück zum normalen Labeln</translation>
    </message>
    <message>
        <source>only a lead may do this (you are %1)</source>
        <translation>nur die Leitung darf dies tun (Sie sind %1)</translation>
    </message>
    <message>
        <source>not in the project</source>
        <translation>nicht im Projekt</translation>
    </message>
    <message>
        <source>Pick items and readers for a blind calibration read</source>
        <translation>Fälle und Befunder für eine verblindete Kalibrierungsbefundung auswählen</translation>
    </message>
    <message>
        <source>Write and publish the next version of the labeling guideline</source>
        <translation>Die nächste Version des Annotationsleitfadens schreiben und veröffentlichen</translation>
    </message>
    <message>
        <source>for leads, reviewers and adjudicators: it shows how every reader labeled</source>
        <translation>für Leitung, Prüfer und Adjudikatoren: Es zeigt, wie jeder Befunder gelabelt hat</translation>
    </message>
    <message>
        <source>Compare the readings of a calibration session, most disputed first</source>
        <translation>Die Befundungen einer Kalibrierungssitzung vergleichen, die strittigsten zuerst</translation>
    </message>
    <message>
        <source>for leads and adjudicators: it shows every reader&apos;s labels</source>
        <translation>für Leitung und Adjudikatoren: Es zeigt die Labels jedes Befunders</translation>
    </message>
    <message>
        <source>no calibration session has been set up yet</source>
        <translation>es wurde noch keine Kalibrierungssitzung eingerichtet</translation>
    </message>
    <message>
        <source>Read the items of a calibration session afresh and blind</source>
        <translation>Die Fälle einer Kalibrierungssitzung neu und verblindet befunden</translation>
    </message>
    <message>
        <source>you are not a reader of any calibration session</source>
        <translation>sie sind in keiner Kalibrierungssitzung Befunder</translation>
    </message>
</context>
<context>
    <name>concord::ToolManager</name>
    <message>
        <source>this image is read by tile, too big for a mask of its size</source>
        <translation>dieses Bild wird kachelweise gelesen und ist zu groß für eine Maske seiner Größe</translation>
    </message>
</context>
<context>
    <name>concord::ToolOptionsPanel</name>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>How strongly mask and polygon fills cover the image</source>
        <translation>Wie stark Masken- und Polygonfüllungen das Bild bedecken</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fill opacity</source>
        <translation>Füll-Deckkraft</translation>
    </message>
    <message>
        <source>Outlines only</source>
        <translation>Nur Umrisse</translation>
    </message>
    <message>
        <source>Hold H to hide all annotations. Per label: the Show column in Labels.</source>
        <translation>H halten, um alle Annotationen auszublenden. Je Label: die Spalte „Anzeigen“ unter Labels.</translation>
    </message>
    <message>
        <source>Selected shape</source>
        <translation>Ausgewählte Form</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Smoothing removes specks and closes gaps up to about this radius</source>
        <translation>Glätten entfernt Sprenkel und schließt Lücken bis etwa zu diesem Radius</translation>
    </message>
    <message>
        <source>Smoothing radius</source>
        <translation>Glättungsradius</translation>
    </message>
    <message>
        <source>(deleted label)</source>
        <translation>(gelöschtes Label)</translation>
    </message>
    <message>
        <source>Mask · %1 · %2 px²</source>
        <translation>Maske · %1 · %2 px²</translation>
    </message>
    <message>
        <source>Polygon · %1 · %2 vertices</source>
        <translation>Polygon · %1 · %2 Eckpunkte</translation>
    </message>
    <message>
        <source>Box · %1</source>
        <translation>Box · %1</translation>
    </message>
    <message>
        <source>Nothing selected. Click a shape to select it; new shapes take the active label.</source>
        <translation>Nichts ausgewählt. Klicken Sie auf eine Form, um sie auszuwählen; neue Formen erhalten das aktive Label.</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Ruler · %1 · %2</source>
        <translation>Lineal · %1 · %2</translation>
    </message>
</context>
<context>
    <name>concord::WindowLayout</name>
    <message>
        <source>&amp;Reading mode</source>
        <translation>&amp;Befundungsmodus</translation>
    </message>
    <message>
        <source>Reading mode · F11 or Tab to leave</source>
        <translation>Befundungsmodus · F11 oder Tab zum Verlassen</translation>
    </message>
    <message>
        <source>Only the image and its overlays, full screen; the panels come back as they were (F11, or Tab on the image)</source>
        <translation>Nur das Bild und seine Einblendungen im Vollbild; die Panels kehren wie zuvor zurück (F11 oder Tab auf dem Bild)</translation>
    </message>
</context>
<context>
    <name>concord::WorkbenchStatusBar</name>
    <message>
        <source>All work saved</source>
        <translation>Alle Arbeit gespeichert</translation>
    </message>
    <message>
        <source>Each edit is written to disk before it is shown as saved</source>
        <translation>Jede Änderung wird auf die Festplatte geschrieben, bevor sie als gespeichert angezeigt wird</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>NICHT GESPEICHERT</translation>
    </message>
    <message>
        <source>Edit not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>Your last edit could not be written to disk and was not applied.

%1</source>
        <translation>Ihre letzte Änderung konnte nicht auf die Festplatte geschrieben werden und wurde nicht übernommen.

%1</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>B %1  L %2</translation>
    </message>
    <message>
        <source>Item %1 of %2 · %3 · %4 × %5 · %6</source>
        <translation>Fall %1 von %2 · %3 · %4 × %5 · %6</translation>
    </message>
    <message>
        <source>x %1  y %2  value %3</source>
        <translation>x %1  y %2  Wert %3</translation>
    </message>
</context>
</TS>
