<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <message>
        <source>prevalence paradox: %1 is %2 although observed agreement is %3; one category dominates, so chance agreement is high. Report Gwet&apos;s AC1 (or category prevalence) alongside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label of the taxonomy has an attribute &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bootstrap: the value was undefined in %1 of %2 resamples, which were dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dawid-Skene needs at least one rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dawid-Skene did not converge in %1 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) with several labels in a single-label project were left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) not in the taxonomy were ignored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is %1 bytes long; a rating line may have at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes, the most a rating line may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laterality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any abnormality; as an image label, on which side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round opacity up to 3 cm, well or poorly defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airspace opacity that may show air bronchograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluid in the pleural space: blunted angle, meniscus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible pleural line with no lung markings beyond it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this demo was made by another Concord version and could not be moved aside to %1, so it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: coordinates must be finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: RLE &quot;size&quot; must be [height, width]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: RLE size %2 x %3 is not the image&apos;s %4 x %5 (height x width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bad compressed RLE: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: RLE counts must be non-negative 32-bit integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: RLE &quot;counts&quot; must be a string or a list of integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a polygon needs at least 3 vertices as x, y pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a polygon has %2 vertices; at most %3 are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to image %2, which the file does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to category %2, which the file does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;bbox&quot; must be [x, y, width, height]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a box has a negative size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;segmentation&quot; must be polygons or RLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a COCO file must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;images&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: &quot;file_name&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 &quot;%2&quot; matches no item of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: size %2 x %3 is out of range (at most %4 pixels a side, %5 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;categories&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1 &quot;%2&quot; is not a label of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;annotations&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected structure (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid annotator id: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image has no size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot; declares an image of %2 x %3 pixels, more than a label map may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAPLE needs at least one reader&apos;s mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAPLE here supports at most 64 readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All masks are empty; there is nothing to estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAPLE did not converge in %1 iterations (last change %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask size %1 x %2 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run lengths sum to %1, but a %2 x %3 mask has %4 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask covers %1 x %2 pixels, more than Concord decodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RLE string ends in the middle of a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RLE string has an invalid character (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count in the RLE string is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RLE string decodes to an impossible run length %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pixel spacing is not positive; distances are undefined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mask is empty; boundary distances are undefined.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>the compressed Pixel Data holds no image fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: Pixel Data holds %1 bytes, but %2 frames of %3 x %4 at %5 bits need %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 bytes of binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sequence of %1 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable DICOM file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 (stored %3)</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only leaf labels may be used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers confuse *%1* with *%2*: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What tells them apart: (write the rule here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no attribute &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2 of &quot;%3&quot; (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readers per item must be between 2 and %1: agreement needs two readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds must lie between 0 and 1 (high %1, low %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the low threshold (%1) is above the high threshold (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adjudication panel has between 1 and %1 adjudicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item sent back needs between 2 and %1 new readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the box IoU threshold must be above 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gold rate must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the QC rate must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader score threshold must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reader(s) per item, but the project has only %1 people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>re-reading needs %1 readers besides the first %2, but the project has only %3 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a panel of %1 adjudicators, but the project has %2 adjudicators and leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy sends items to review, but nobody in the project is a reviewer, adjudicator or lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy field &quot;%1&quot;; the fields are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of accept, review, adjudicate, re-read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of dice, iou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;) is indented deeper than a child of the line above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears %2 times under the same parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey %1 is given to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey %1 of &quot;%2&quot; collides with the command &quot;%3&quot; (%4): neither works while both claim it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; has no labels under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotation uses &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no definition: readers cannot tell it from its siblings by what the taxonomy says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have no definition: readers cannot tell these siblings apart by what the taxonomy says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have the same definition: nothing tells them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With leaf labels only, a &quot;%1&quot; that is none of its %2 labels cannot be labeled: add an &quot;Other&quot; label under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guideline version describes &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotkey &quot;%1&quot; of &quot;%2&quot; is not a single key on common keyboards: use a letter, a digit or F1-F12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event &quot;%1&quot; names no item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quality decision &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the findings of a quality decision are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review finding needs a reader and a category</source>
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
        <source>unknown operation &quot;%1&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon %1 is removed but does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon %1 is added twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon %1 is changed but does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask %1 is removed but does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask %1 is relabeled but does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask %1 is added twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask %1 is painted but does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;attributes&quot; must be an object of names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;attributes&quot; must map names to non-empty text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;attributes&quot; must be an object keyed by label id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;attributes&quot; must be keyed by label id, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;name&quot; must name an attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;value&quot; must be a non-empty text or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; is set on image label %2, which the item does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; is set on annotation %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a category; only the labels under it may be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event after the session&apos;s session.end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a reference label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1 is not in the taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a polygon needs at least 3 vertices given as x, y pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a polygon vertex is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mask region has a negative or impossible size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mask event carries neither &quot;rle&quot; nor &quot;blob&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask pixels are in a blob, but no blob folder is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quality decision needs a session: who decides?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and may not record &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read item &quot;%2&quot;; someone else must decide on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error category; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a review records findings against readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not read item &quot;%2&quot;: no finding can be held against them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s answer on item &quot;%2&quot; has no &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an annotator of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a lead may publish a quality policy; %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for reviewers, adjudicators and leads: it would show a reader how others labeled items still read blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item&apos;s route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read item &quot;%2&quot; and cannot adjudicate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reader&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reader of item &quot;%2&quot;&apos;s current round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QC report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader scores on gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold item: its reference was set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 readers have read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement %1 is in the low tier: read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement %1: waits for a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected in review by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted in review by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement %1: %2 of %3 adjudicators have decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 adjudicators do not agree yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjudicated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement %1: accepted automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; drawn for QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC by %1 found an error (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; QC by %2 found it correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gold annotator &quot;%1&quot; has no labels in this selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotator has image labels in this selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one annotator has image labels; agreement needs two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taxonomy has no labels in this selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All labels (pooled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise Cohen&apos;s kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week of the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; &amp;#954;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s &amp;#945;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% CI %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chance-corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-label project: each label is measured as present or absent; the first row pools every item-label decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-label project: the label of each item is one nominal rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss &amp;#954;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;#945;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;#945; interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading (&amp;#945;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise Cohen&apos;s &amp;#954;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pair of readers on the items both labeled (n). Blue is agreement beyond chance, red is systematic disagreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs two readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; &amp;#954; per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; &amp;#954; per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement on each category against all others (Fleiss 1971), with the Landis-Koch bands behind; categories nobody chose are left out. Low bars show which findings need a clearer guideline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s &amp;#945; (nominal) of the labels made under each guideline version and in each ISO week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By guideline version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes matched one to one per item by IoU &amp;#8805; %1 (optimal assignment), pooled over the items both readers read. Reader A is the reference: recall = matched / A&apos;s boxes, precision = matched / B&apos;s boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes A / B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reader&apos;s masks and polygons of a label joined per image, compared on the images both readers read: Dice, IoU and the 95th-percentile Hausdorff distance of every image and label either drew, averaged here; the rows are in agreement.csv and agreement.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean Dice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean HD95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers</source>
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
        <source>Items labeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reader against the reference reading of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen &amp;#954;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;#954; interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rows: gold, columns: reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converged after %1 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 iterations without converging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; last change in log-likelihood %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader reliability (Dawid-Skene)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reader&apos;s confusion matrix estimated without a gold standard (Dawid &amp;amp; Skene 1979), ranked by balanced accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated prevalence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxonomy level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guideline v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all guideline versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord &amp;#183; Inter-reader agreement report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 UTC · %2 of %3 items labeled · %4 readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent agreement, Fleiss&apos; &amp;#954; and Gwet&apos;s AC1 follow Gwet (2014) with missing ratings; their intervals are analytic at 95&amp;#8239;%. Krippendorff&apos;s &amp;#945; follows Krippendorff (2011) with a percentile bootstrap interval over items. Landis &amp;amp; Koch (1977) readings are a convention, not a verdict. Undefined values are shown as &amp;#8212; and explained above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel Spacing (in the patient plane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imager Pixel Spacing (at the detector, so larger than in the patient by the geometric magnification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal Scanned Pixel Spacing (of the scanned film)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distances in mm use each image&apos;s %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images that record no pixel spacing are measured in pixels (px).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items per week, by the tier of their round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per active day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold box F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold mask overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 readers per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high ≥ %1, low &lt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord &amp;#183; Quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 UTC · %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final answers, automatically or by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review %1 · adjudication %2 · QC %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs reading %1 · re-read %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 drawn items checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items whose current round is complete: high %1, medium %2, low %3; %4 not yet fully read or gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers by the ISO week (UTC) the round&apos;s last read came in; accepted by the week the item was first accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers by the guideline version the round was read under; accepted: of those, the items now accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (items submitted, on how many days), scores on %1 gold items (flagged below %2), the QC error rate of their checked reads and the share of their reviewed items with a review finding, each with its Wilson 95% interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted items, %2 drawn, %3 checked. Error rate: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate among checked items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items waiting for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2, in project order; the JSON lists every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items in review, adjudication, re-reading or QC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States, tiers, QC sampling and gold scores are defined in Concord&apos;s docs/quality.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pairs of readers to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substantial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.80 reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>%1; %2 needs it for mask pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid blob extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the blobs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a blob name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blob is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blob&apos;s contents do not match its name (damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 is damaged: its contents do not match its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixel_spacing must be two positive numbers of mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;id&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;path&quot; must be a path of 1 to %1 printable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image size %1 x %2 is out of range (at most %3 pixels a side, %4 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; item loaded without pixel spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate item id, line skipped (kept in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line kept in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid JSON line, skipped (kept in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a head record (&quot;session&quot;, &quot;lines&quot;, &quot;hash&quot;); the end of the session that closed last cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>invalid JSON at column %1 (byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: a number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold only strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; has the unknown scale &quot;%2&quot; (expected nominal or ordinal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;leaf_labels_only&quot; must be true or false</source>
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
        <source>a window preset has a width of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by %1 on %2 (pid %3) since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by another writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the project lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the project (does this file system support locks?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is %1; gave up after %2 s, try again when that writer is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid annotator id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2; a copy may only bring images inside its project folder. Nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid annotator id. Nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id may not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id may have at most %1 characters, this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: it contains a path separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id may not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path may not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path may have at most %1 characters, this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path may not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid path: it contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an absolute path; only paths inside the folder are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; climbs out of its folder with &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads outside %1 through a symbolic link; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not inside %1; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a symbolic link; Concord never writes through a link inside a project. Replace it with a real folder or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Concord session archive (its first line is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged session archive: the format version is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session archive format version %1 is not supported by this version of Concord (it reads versions 1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged session archive: it is truncated (no end line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged session archive: its checksum does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged session archive: the manifest is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not a session archive manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a journal file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checksum of %1 does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a blob file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged session archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged session archive: the manifest is unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged session archive: it holds bytes no manifest entry accounts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown annotator &quot;%1&quot;: there is nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator &quot;%1&quot; has no session journals to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to a different project (&quot;%1&quot;, id %2); this project is &quot;%3&quot;, id %4. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete session archive: %1 refers to blob %2, which neither the archive nor this project holds. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HEAD file (as session %1 found it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HEAD file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty, but %1 recorded %2 lines in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends at line %1, but %2 recorded %3 lines: its last lines were cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not the line %1 recorded as line %2: it was changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished session (recoverable): it has no session.end, so it is still open or its writer stopped (a crash); its %1 events are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1 recorded this session with %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged file &quot;%1&quot; would leave the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the new version into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the staging folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path inside the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder is in the way of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file is in the way of this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the change is recorded in %1 and will be completed the next time the project lock is taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the session journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a reader of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masks and polygons</source>
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
        <source>With --csv, the level for alpha: nominal, ordinal, interval or ratio. With a project, the taxonomy depth to compare labels at (0 = top level).</source>
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
        <source>With a project: the folder to write the report files to (default: the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a project: the annotator whose labels are the reference for accuracy and kappa against gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a project: only labels made under this guideline version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a project: only these labels (names, paths or ids, comma-separated); a label includes its children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a project: only labels last changed in this session (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a project: only labels last changed at or after this date or time (ISO 8601, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a project: only labels last changed before this time, or up to the end of this date (ISO 8601, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a project: only these readers (annotator ids, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a project: only items each reader marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a project: agreement on the values of this attribute (e.g. severity) instead of the report; ordinal attributes get ordinal alpha and weighted kappa. Takes --annotators and --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a project: go on although it has problems (damaged lines, a broken hash chain, missing blobs); they are still listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;concord-cli agreement --help&apos; for the arguments.</source>
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
        <source>--%1 applies only to a project</source>
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
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure inter-annotator agreement on a long-format CSV with the header unit,coder,label (one rating per line; a missing rating has no line), or write the agreement report of a project (agreement.json, agreement.csv, agreement.html, agreement.pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Concord project folder: writes its agreement report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level with a project needs a taxonomy depth (0 = top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--guideline needs a version number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a date or time in ISO 8601, e.g. 2026-11-22 or 2026-11-22T14:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label &quot;%1&quot; for --labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no annotator &quot;%1&quot; for --annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no annotator &quot;%1&quot; for --gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of %1: %2 readers, %3 of %4 items labeled
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1, %2, %3 and %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv &lt;file&gt; or a project folder is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric and --weights apply only to --csv; the project report computes every coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to --attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no work by annotator &quot;%1&quot; for --annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement on %1 (%2) of %3: %4 readers, %5 rated image labels and shapes, %6 ratings
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 times a reader drew several shapes of one label on an item; their values were left out, since shapes are matched by label alone
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped on an unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped on an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Pack one annotator&apos;s sessions into an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a session archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a COCO file as one annotator&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure inter-annotator agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or publish the quality policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route items by agreement (quality workflow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC sample and error rates (quality workflow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review, adjudication or QC decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality report: states, tiers over time, readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect or render a DICOM file as Concord decodes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot; is %2 (%3), so &quot;%4&quot; does not apply to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not READER:CATEGORY[:TARGET]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: adjudication is for adjudicators and leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adjudication settles the item with the adjudicator&apos;s own answer: give --take READER or --consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--take and --consensus go with adjudication only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 on %2: now %3 (%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a quality decision on an item as a reviewer, adjudicator or lead, as the window&apos;s decision panel does (docs/quality.md):
  decide &lt;project&gt; &lt;item&gt; review.accept|review.reject|adjudication|qc.correct|qc.error --as ID [--category C] [--note TEXT] [--finding READER:CATEGORY[:TARGET]]... [--take READER | --consensus]
The item is given by id or by its file path in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item id or file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides (annotator id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error category of a review rejection or a QC error (missed-finding, false-finding, wrong-label, inaccurate-boundary, guideline-not-followed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note kept with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a review: an error held against one reader, READER:CATEGORY[:TARGET] with TARGET labels, box:ID, polygon:ID or mask:ID (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With adjudication: settle with this reader&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With adjudication: settle with the readers&apos; consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown decision &quot;%1&quot;; use review.accept, review.reject, adjudication, qc.correct or qc.error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide needs --as &lt;annotator&gt;: who decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--take and --consensus exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no item &quot;%2&quot;</source>
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
        <source>Export format: coco, or png-labelmap (one PNG per item and annotator, pixel = label id; --out is then a folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this reader&apos;s own work (repeatable; --annotator is the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each accepted item&apos;s final answer (the quality workflow&apos;s truth: consensus, review or adjudication). The default once the project has a quality policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reader&apos;s own work, side by side. The default while the project has no quality policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; supported: coco, png-labelmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out &lt;file&gt; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--truth, --all-work and --reader exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the accepted answers (quality policy version %1; --all-work or --reader ID for the readers&apos; own work)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting every reader&apos;s own work
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting every reader&apos;s own work (the project has no quality policy, so no accepted answers)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: no label maps for items %1: items.jsonl does not record their image size
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 label maps and labelmap.json to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 masks left out of the COCO file: COCO masks need the image size, which items.jsonl does not record for items %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 images, %2 annotations (boxes, polygons, masks), %3 image labels to %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one annotator&apos;s session journals, with the mask blobs they refer to, into a single checksummed archive, to carry field work back to the team (see import-session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator whose sessions to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--annotator and --out are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session journals (%2 bytes) and %3 mask blobs (%4 bytes) written to %5
</source>
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
    <message>
        <source>%1 gold items; readers below %2 are flagged
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 of %3 correct, kappa %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; boxes on %1 items: F1 %2, IoU %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; masks on %1 items: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  FLAGGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input format: coco.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose work the file becomes (added to the project when new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import format &quot;%1&quot;; supported: coco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--annotator &lt;id&gt; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 boxes, %2 polygons, %3 masks as %4&apos;s work
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out %1 annotations imported before
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images imported, %2 already present, %3 unreadable, %4 DICOM files without an image skipped
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a session archive made by export-session into the project. The archive is verified completely before anything is written; importing twice changes nothing; an archive of another project is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session archive file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 journals added, %2 extended, %3 unchanged; %4 annotators, %5 blobs added
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
        <source>note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the new project into place: %1</source>
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
        <source>a project already exists here</source>
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
        <source>Bring another copy&apos;s work (journals, the mask blobs they refer to, items, annotators) into the project. Merging twice changes nothing; a copy of another project is refused.</source>
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
        <source>%1 journals added, %2 extended, %3 unchanged; %4 items, %5 annotators, %6 guideline versions, %7 blobs added
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality policy: the default (none published)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality policy version %1, published by %2 on %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the project&apos;s quality policy, or publish a new version of it.
  policy &lt;project&gt; show [--json] [--version N]
  policy &lt;project&gt; set --as LEAD FIELD=VALUE... [--summary TEXT]
Fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=VALUE pairs for set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the policy as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this published version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead who publishes the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why, recorded with the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes no FIELD=VALUE pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no quality policy version &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy action &quot;%1&quot;; use show or set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set needs --as &lt;annotator&gt;: the lead who publishes the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set needs at least one FIELD=VALUE pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published quality policy version %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on although the project has problems (damaged lines, a broken hash chain, missing blobs); they are still listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concord-cli: problem: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work under this published quality policy version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a (nothing checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 = %3 (95% CI %4-%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC sample at rate %1 (seed: the project id %2): %3 items
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reader %1: %2 items
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC checked %1 items (%2 accepted, %3 drawn)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To estimate an error rate near %1 to within ±%2 at 95%, check %3 items
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QC sample of accepted items, and what QC found.
  qc &lt;project&gt; sample [--json]
  qc &lt;project&gt; report [--json] [--expected-rate P] [--margin M]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample or report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error rate you expect, for the sample size (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precision you want, ± (default 0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expected-rate must be a number between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--margin must be a number above 0 and below 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown qc action &quot;%1&quot;; use sample or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of %1 under %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality policy version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default quality policy (none published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers: high %1, medium %2, low %3 (%4 not yet tiered)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: high %2, medium %3, low %4, accepted %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By guideline version:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 items on %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; gold score %1 on %2 items%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> FLAGGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; QC errors %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC: %1 accepted, %2 drawn, %3 checked, error rate %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quality report: every item&apos;s state, agreement tiers by week and by guideline version, each reader&apos;s throughput, gold score and QC error rate (docs/quality.md, Quality report).
  quality &lt;project&gt; [--json] [--out-dir DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write quality.json, quality.html and quality.pdf to this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy version %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every item&apos;s state in the quality workflow, with its per-item agreement, under the project&apos;s quality policy (the default policy when none was published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy health of %1: %2 readers, %3 items read by two or more
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion needs two readers on an item: no item has been read by two yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most confused pairs (rate against the chance rate at the observed disagreement, simultaneous 95% interval):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  &lt;-&gt;  %2 (%3): %4 against %5 expected [%6, %7], %8 of %9 comparisons, items: %10%11
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  CONFUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items whose readers split between two labels: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncovered: skipped items %1, items submitted without any label %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch-all labels (%1), share of submitted items:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 of %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes keep naming &quot;%1&quot; (items: %2): a missing label?
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:
</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>could not render the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free name for its copy in images/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed while it was being copied; import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · inverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import images into the project: files, folders (with their subfolders) and DICOMDIR files. Files already imported (same content) are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image files, folders or DICOMDIR files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the images into the project&apos;s images/ folder, so the project folder holds everything it needs; without it, items refer to the images where they lie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied into the project&apos;s images/ folder
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no report to save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the report as .pdf, .html, .csv or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the report as .pdf, .html or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) with a single rating are not pairable and were left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) with a single rating count only toward category prevalence</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) rated by only one of %1 and %2 were left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>concord-cli: going on with %n problem(s) (--allow-damaged)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>concord-cli: the project has %n problem(s); nothing was done. Repair them, or run again with --allow-damaged to go on without what they lost.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>category %1: &quot;name&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF image size %1 x %2 is not plausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF samples of %1 bits (format %2) are not read by tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF with %1 separate sample planes is not read by tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF compression %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF YCbCr without JPEG is not read by tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF photometric interpretation %1 is not read by tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF tiles or strips have no plausible size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable TIFF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF level is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TIFF file changed while it was open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF block %1, %2 is outside the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF block %1, %2 is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a role needs an open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not do this: change a reader&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown annotator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the project&apos;s only lead: make someone else lead first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accepted answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotators yet
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3, %n session(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The people of a project and their roles (annotator, reviewer, adjudicator, lead).
  annotator list &lt;project&gt; [--json]
  annotator add &lt;project&gt; ID [--name NAME] [--role ROLE]   a new profile, as the window&apos;s &quot;Who is labeling?&quot; makes one: its role is taken on trust
  annotator set-role &lt;project&gt; ID ROLE --as LEAD   leads only; the project keeps at least one lead
Each session&apos;s journal records the role it ran with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add or set-role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the action takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the display name (the id when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the role (annotator when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-role: the lead who changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use annotator, reviewer, adjudicator or lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-role needs --as &lt;lead&gt;: who changes the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an annotator &quot;%2&quot;; to change the role, use set-role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  &quot;%2&quot; by %3, guideline v%4, %n item(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>    %1: %2 of %3 submitted
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: who reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: how many items (20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: how items are picked (stratified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the items (ids or paths), picked by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the same seed picks the same items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the guideline version read under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sampling &quot;%1&quot;; use random, stratified or hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count takes a positive number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand sampling needs --items ID,ID,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--guideline takes a version number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calibration session needs at least two readers (%1 given); name them with --readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created calibration session %1 &quot;%2&quot;: %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, readers %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration review of &quot;%1&quot;: %2 items (%3 rated), %4 readers
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent agreement %1, Fleiss&apos; kappa %2%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (labels pooled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most disputed first:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  disagreement %2, %3 readers: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration sessions: the same items read blind by several readers, then reviewed together (Team &gt; New calibration session… and Calibration review… in the window).
  calibration create &lt;project&gt; --as LEAD [--name NAME] [--readers ID,ID,...] [--count N] [--sampling stratified|random|hand] [--items ID,...] [--seed N] [--guideline V]
  calibration list &lt;project&gt; [--json]          every session and each reader&apos;s progress
  calibration status &lt;project&gt; PLAN [--json]   one session&apos;s progress
  calibration review &lt;project&gt; PLAN [--json]   agreement and the most disputed items
By default the readers are every annotator whose role is annotator, and 20 items are picked stratified by their current label, as the window proposes. Readers read the session in the window (Team &gt; Read calibration session…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, list, status or review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the lead who sets it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create needs --as &lt;lead&gt;: who sets the session up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calibration session yet
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no calibration session &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score readers against gold items; gold tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, change or check the taxonomy against how readers use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, show, publish or compare guideline versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or add annotators; set their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up, follow and review calibration sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or record reference (gold) labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reader&apos;s throughput and active time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item qualifies: a gold test uses items with a reference label (concord-cli reference set) that these readers have not read and that the guideline does not show as an example</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created gold test %1 &quot;%2&quot;: %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gold test &quot;%1&quot;: %2 items
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 submitted, %3 of %4 correct, kappa %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold items and gold tests.
  gold &lt;project&gt; score [--json]   every reader against the project&apos;s gold items (items with a reference label), flagging those below the quality policy&apos;s reader score threshold
  gold &lt;project&gt; create --as LEAD [--name NAME] [--readers ID,ID,...] [--count N] [--seed N]   a gold test, as Team &gt; Start gold test…: items with a reference label the readers have not read (all, or a random N)
  gold &lt;project&gt; list [--json]          every gold test and each reader&apos;s progress
  gold &lt;project&gt; result TEST [--json]   a gold test&apos;s scores (accuracy, kappa)
The action may also come first: gold create &lt;project&gt; ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score, create, list or result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result: the gold test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: who takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: only a random sample of N items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the same seed picks the same sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create needs --as &lt;lead&gt;: who sets the gold test up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gold test yet
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no gold test &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no guideline version &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2  %3  %4: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline version %1 to %2
Text:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the text is the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the taxonomy is the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labeling guideline&apos;s versions, as the window&apos;s guideline panel and its Compare… show them, and publishing the next one as Team &gt; New guideline version… does.
  guideline list &lt;project&gt; [--json]
  guideline show &lt;project&gt; [VERSION] [--json]       the text (the current version)
  guideline publish &lt;project&gt; FILE --as LEAD --summary TEXT   FILE (Markdown) becomes the next version; the taxonomy stays as it is
  guideline diff &lt;project&gt; [FROM [TO]] [--json]   what changed, text and taxonomy (the latest version against the one before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show, publish or diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: the lead who publishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: what changed, in one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish needs --as &lt;lead&gt;: who publishes the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish needs --summary: what changed, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published guideline version %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy: added %1 for the import of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n label(s) to the taxonomy</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (%1), published as guideline version %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the boxes, polygons and masks (RLE, compressed or not) of a COCO file as one annotator&apos;s work, in a new session. Images are matched to items by file name, categories to labels by name. The whole file is checked first: on any problem nothing is written. Annotations imported before (as this annotator) are left out, so running it again after an interruption neither duplicates nor loses work.
A category no label matches refuses the file, unless --add-labels: its categories the taxonomy lacks then become labels (under the label their supercategory names, when there is one), published with a new guideline version by the lead --as names, as the window&apos;s taxonomy editor would; the whole file is checked against the taxonomy with them before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the file&apos;s categories the taxonomy lacks as labels first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add-labels: the lead who adds the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add-labels needs --as &lt;lead&gt;: who adds the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories that are not labels of the project: %1; --add-labels --as LEAD adds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 action &quot;%2&quot;; use %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the taxonomy has no label with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the taxonomy has no label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 labels (%3): give its path or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  (%3, %4)%5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference label yet
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (gold) labels of items: the settled answer gold items and gold tests score readers against, recorded by leads and adjudicators as in the calibration review.
  reference list &lt;project&gt; [--json]
  reference set &lt;project&gt; ITEM LABEL[,LABEL...] --as LEAD|ADJUDICATOR [--note TEXT]
ITEM is an item id or file path; LABEL an id, path or unique name; &quot;none&quot; records that none of the labels applies. A new reference replaces the item&apos;s earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: ITEM LABELS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the lead or adjudicator who records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: why, kept with the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set needs --as &lt;annotator&gt;: who records the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the reference label of %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, active %2 h %3 min, %4 items/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reader&apos;s throughput from the journals&apos; timestamps, as the window&apos;s Sessions panel shows it: items done, active time (pauses longer than the idle limit left out) and items per hour, per reader and, with --sessions, per session.
  statistics &lt;project&gt; [--json] [--sessions] [--idle-minutes N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list every session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause longer than this is a break, not work (2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle-minutes takes a positive number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n session(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the taxonomy against how readers used it, list it, or change it as the window&apos;s taxonomy editor does. A change is published with a new guideline version (its text unchanged) by the lead --as names, so every version keeps the taxonomy it had.
  taxonomy check &lt;project&gt; [--json]     pairs readers confuse beyond chance, items no label fits, catch-all use, the taxonomy&apos;s structure
  taxonomy list &lt;project&gt; [--json]
  taxonomy add &lt;project&gt; NAME --as LEAD [--parent LABEL] [--color #rrggbb] [--hotkey K] [--description TEXT] [--attribute SPEC]...
  taxonomy rename &lt;project&gt; LABEL NEW-NAME --as LEAD
  taxonomy edit &lt;project&gt; LABEL --as LEAD [--name NAME] [--color #rrggbb] [--hotkey K] [--description TEXT] [--parent LABEL | --top-level] [--before LABEL] [--attribute SPEC]... [--remove-attribute NAME]...
  taxonomy remove &lt;project&gt; LABEL --as LEAD      the label and everything below it
  taxonomy leaf-only &lt;project&gt; on|off --as LEAD
A LABEL is its id, its path (&quot;Finding/Nodule&quot;) or its name when unique. Every change takes --summary TEXT for the version&apos;s change summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check, list, add, rename, edit, remove or leaf-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments for check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead who makes the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit: the label to put it under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: move it to the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: put it before this sibling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit: colour, #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit: the key that picks it (&quot;&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit: what the label means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit: an attribute, NAME:nominal|ordinal:VALUE,VALUE,... (ordinal values in rank order); replaces one of the same name. Repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: drop this attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change summary of the guideline version that publishes the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Taxonomy of %1 (guideline version %2): %n label(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, leaf labels only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour: use #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &quot;%1&quot; has no attribute &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME:nominal|ordinal:VALUE,VALUE,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaf-only takes on or off, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy: only leaf labels may be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy: every label may be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy: added &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy: removed &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename needs the new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy: renamed &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move &quot;%1&quot; there: not into itself, and --before must name a sibling at the new place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy: changed &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --as &lt;lead&gt;: who changes the taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parent and --top-level exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the taxonomy is as asked
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concord-cli: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concord-cli: warning: annotations use the removed label; they keep its id %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration round 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the image codecs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (has no %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2, this program needs %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no place to look: the program&apos;s own path is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looked for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the PDF painter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot paint a PDF: the program did not start QtGui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::AgreementCoefficientModel</name>
    <message>
        <source>Percent agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chance-corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% interval, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landis–Koch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The things rated. In a single-label table, one per item. In the pooled table of a multi-label project, one per item and label (each label is a yes/no decision), so 15 items and 10 labels make 150 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::AgreementPanel</name>
    <message>
        <source>Multi-label projects measure each label as present or absent; &quot;All labels&quot; pools every item-label decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% intervals: analytic for percent, Fleiss and AC1, bootstrap over items for α. Landis–Koch readings are a convention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; κ per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low bars show which findings need a clearer guideline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes matched one to one per image by IoU ≥ 0.5, over the images both readers read. Reader A is the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each image and label either reader outlined (masks and polygons), over the images both read; means per pair. HD95 is the 95th-percentile Hausdorff distance, over outlines both drew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise Cohen&apos;s κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pair of readers on the items both labeled (n). Blue is agreement beyond chance, red systematic disagreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend of α by guideline version and by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 readers · %2 of %3 items labeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs two readers who labeled the same items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes A / B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlines compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean Dice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean HD95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this report as PDF, a web page, CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agreement report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop computing this report (Esc closes the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the report was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: what is shown is the report before this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the report for this selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::AgreementSelectionBar</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only labels last changed on or after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only labels last changed on or before this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare labels at a parent level of the taxonomy: readers who chose different kinds of one finding agree at that finding&apos;s level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure only these labels (a label includes its children).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only labels made under this guideline version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference reader: compared with every other reader and left out of the inter-reader coefficients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;bels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ince</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::AnnotatorDialog</name>
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
    <message>
        <source>Roles are taken on trust on this machine. Every session records who worked and in which role, so the journals show it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::AttributeForm</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::BoxTool</name>
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
    <name>concord::BrushOptionsWidget</name>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush diameter in image pixels ( [ and ] or Ctrl+wheel )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey levels either side of the value under the click that count as the same tissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: set by the first click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The displayed grey levels the tool takes, from the first click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::BrushTool</name>
    <message>
        <source>Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paints only pixels whose grey level is within the tolerance of the pixel you first press. Esc: start a new mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erases from the selected mask, or the one under the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paints into the selected mask, or starts a new one with the active label. Esc: start a new mask; Alt+click: select a mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::CalibrationPlans</name>
    <message>
        <source>a session needs items and readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown participant &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no guideline version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up a calibration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up a gold test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot; has no reference label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no gold test &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold test results need an open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit every item of the gold test to see its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not take this gold test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review a calibration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no calibration session &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::CalibrationReviewWindow</name>
    <message>
        <source>Record reference label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make guideline example / edge case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional): goes into the journal and the guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Readers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Image-label votes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reference label&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 items (%3 read) · %4 readers · guideline v%5 — percent agreement &lt;b&gt;%6&lt;/b&gt; · Fleiss&apos; κ &lt;b&gt;%7&lt;/b&gt;%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · pooled over labels (multi-label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mask(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No reader has worked on this item.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No image labels.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: &lt;b&gt;%1&lt;/b&gt; by %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a lead or an adjudicator records reference labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference label not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge case from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Not yet settled. Tick the labels that apply and record.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::CalibrationSetupDialog</name>
    <message>
        <source>New calibration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratified by current label (rare findings included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand (tick the items below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be read blind</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> by %n reader(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::CanvasInputManager</name>
    <message>
        <source>Pan (hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide annotations (hold)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::CheckListButton</name>
    <message>
        <source>All %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::ClassificationPanel</name>
    <message>
        <source>Image label attributes</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image label %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::ComparisonPane</name>
    <message>
        <source>Another reader&apos;s work on this item (where blind reading allows), or a prior study of the same patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare on this item: no other reader&apos;s work you may see, and no prior study of this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::DecisionPanel</name>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject: read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from &amp;consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle with &amp;my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC: c&amp;orrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC: &amp;error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the readers&apos; answer, with your edits if you made any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the item back to new readers, with the error category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your work on this item with the readers&apos; consensus (majority labels, median boxes, majority-vote masks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work on this item becomes its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold this error against the reader: it goes with your verdict and counts in their review findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings that go with your verdict; Delete removes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to decide here: read the item blind and submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement %1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agreement yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · round %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 You read this item, so someone else decides on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;O shows each reader&apos;s shapes on the image, in their colour.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::DicomTagPanel</name>
    <message>
        <source>Show PHI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show values that can identify the patient or staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DICOM file: it has no header tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••• hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May identify a person: tick Show PHI to see it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::ExportDialog</name>
    <message>
        <source>Export dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO JSON: boxes, polygons, masks and image labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG label maps: one image per item and reader, pixel = label id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted answers (quality policy version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reader&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind reading applies: you export the work you may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export COCO JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the label maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 images, %2 annotations (boxes, polygons, masks) and %3 image labels to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 masks were left out: COCO masks need the image size, which is not recorded for items %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 label maps and labelmap.json to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label maps for items %1: their image size is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: %1 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%v of %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::GoldTestActions</name>
    <message>
        <source>Start &amp;gold test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take gold test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold test res&amp;ults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have readers label items with a reference label blind, and score them against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the items of a gold test blind; your score shows when you have submitted them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take this gold test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold test not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold test created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 items. Each reader opens the project (on this machine: Team ▸ Switch reader) and chooses Team ▸ Take gold test. They see neither the reference nor other readers&apos; labels until they have submitted every item; then their score opens. Team ▸ Gold test results shows every reader&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no gold test &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold test &quot;%1&quot;: %2 items, blind; your score shows when you have submitted them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold test finished: your score is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test readers on items whose reference label is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a lead may start a gold test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the items of your gold test afresh and blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have no gold test to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers&apos; scores against the reference labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gold test has been started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your score shows once you have finished your test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::GoldTestResultView</name>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: the reference label. Columns: the reader&apos;s label. The diagonal counts agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix: reference down, reader across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Cohen&apos;s κ vs reference &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp;(95% CI %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items submitted so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a reader above.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::GoldTestResultsDialog</name>
    <message>
        <source>Gold test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::GoldTestSetupDialog</name>
    <message>
        <source>Only a random sample of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start gold test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item qualifies: a gold test uses items with a reference label (set in the calibration review) that these readers have not read and that the guideline does not show as an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with a reference label</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> will be read blind by %n reader(s). Nobody sees the reference or another reader&apos;s labels until they have submitted every item.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::GrabCutTool</name>
    <message>
        <source>GrabCut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a box around the object: it is separated from its background (GrabCut) and added to the selected mask, or becomes a new mask with the active label. Leave some background inside the box&apos;s edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::GuidelineCompareDialog</name>
    <message>
        <source>Compare guideline versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Text&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The text is the same.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Taxonomy&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The taxonomy is the same.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::GuidelineDraftDialog</name>
    <message>
        <source>Guideline version %1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, in one line (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This version also publishes the edited taxonomy (%n label(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Guideline not published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::GuidelinePanel</name>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between two versions, in the text and the taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No examples or edge cases for this label yet.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1&lt;/b&gt; · %2 · %3&lt;br&gt;&lt;i&gt;%4&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*This version has no text yet. The lead writes it in Team ▸ New guideline version…*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created with the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::GuidelinePublisher</name>
    <message>
        <source>publish a guideline version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::ImageViewActions</name>
    <message>
        <source>Save window as preset…</source>
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
        <source>Reset window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show other readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset window/level to the image&apos;s own (right-drag adjusts it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert grey levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the view 90° counter-clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the view 90° clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror the view left-right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror the view top-bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show other readers&apos; boxes: on items you have submitted, or all if you review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame of a multi-frame image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame of a multi-frame image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the current window on every image of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame (Ctrl+Left, Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for W %1 / L %2 (e.g. Lung, Bone):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::ImportDialog</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add DICOM files, DICOMDIRs, images (PNG, JPEG, TIFF, BMP) or folders; folders are searched with their subfolders, and DICOM is grouped by patient, study and series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the images into the project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project folder then holds everything it needs: copy it, back it up or take it into the field as one folder. Untick to refer to the images where they lie (a large archive you do not want twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOM and images (*.dcm *.dicom DICOMDIR *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::ItemBrowser</name>
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
    <name>concord::ItemListModel</name>
    <message>
        <source>%1
%2 × %3 px
Status: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::LabelDetailsForm</name>
    <message>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One key: it picks the label for boxes; Ctrl+key toggles it as an image label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this label means, in one or two sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinal values are ranked in the order listed (mild, moderate, severe); nominal values only differ (left, right, bilateral).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes readers record with this label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::LabelPalette</name>
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
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this label&apos;s annotations on the image (hold H to hide all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Key %1: use for boxes · Ctrl+%1: toggle as image label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
A category: choose one of the labels under it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::LabelingToolBars</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::LabelingWorkbench</name>
    <message>
        <source>This image cannot be shown.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no images yet.
Use File ▸ Import images… (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box: draw, select, move and resize boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruler: measure a distance in mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush: paint a mask ( [ ] size )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser: erase from a mask ( [ ] size )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold brush: paint only grey levels like the first pixel pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region growing: click to fill connected pixels of similar grey level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasso fill: drag around a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrabCut: drag a box around an object to segment it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon: click vertices; edit a selected polygon&apos;s vertices</source>
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
        <source>DICOM tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
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
        <source>Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement between readers: coefficients, pairwise kappa, categories and trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: %1</source>
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
        <source>&quot;%1&quot; is a category: choose one of the labels under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reader&apos;s work or a prior study beside the image, with zoom, pan and window linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::LassoTool</name>
    <message>
        <source>Lasso fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag around a region: it is added to the selected mask, or becomes a new mask with the active label. Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::MainWindow</name>
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
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality</source>
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
        <source>A new demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project was made by another version of Concord, so a current one was created. The old one, with any labels made in it, is kept in %1.</source>
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
        <source>
%1 DICOM files hold no image (reports, segmentations, presentation states) and were skipped.</source>
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
    <message>
        <source>Copying and importing images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Copied into the project folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Already in the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 files; import again to go on.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO JSON or PNG label maps, with progress; can be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::MaskOperations</name>
    <message>
        <source>Fill holes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask → polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon → mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the holes of the selected mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove specks and close small gaps of the selected mask (opening, then closing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected mask by its outline as polygons (holes are not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected polygon by a mask of the pixels it encloses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert mask to polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert polygon to mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove polygon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty folder, e.g. ~/chest-xr.concord</source>
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
    <message>
        <source>Folder of DICOM, PNG, JPEG, TIFF or BMP images (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::OverlayActions</name>
    <message>
        <source>Image &amp;overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window/level and zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item and reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the text over the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name, ID and study date on the image. They can identify the patient, so they start hidden in every window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::PlanReadingBar</name>
    <message>
        <source>Finish reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this read and go back to ordinary labeling. What you submitted stays in the session; you can come back to read the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2&lt;/b&gt; · &lt;b&gt;%3 of %4&lt;/b&gt; submitted · guideline v%5 · Blind: you see only what you read in this session. Your earlier labels and other readers&apos; stay hidden%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> until the test is scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> until the review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::PlanSetupDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::PolygonTool</name>
    <message>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to place vertices; click the first one or press Enter to close. Backspace: remove the last vertex. Esc: cancel.

On a selected polygon: drag a vertex to move it, drag an edge to add one, Delete or right-click to remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert polygon vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move polygon vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete polygon vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw polygon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::ProblemsPanel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems were found in the project&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found when the project was opened. What they affect was skipped; the files were not changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::ProjectState</name>
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
        <source>a window preset needs a name and a positive width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::QualityActions</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in my queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next item the quality policy asks of you: reading for readers; review, adjudication or QC for the roles that decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items by state, agreement and QC findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers per item, tier thresholds and actions, gold and QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your queue is paused: your score on gold items is below the policy&apos;s threshold. A lead will go through it with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your queue is empty: nothing the policy asks of you now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in your queue: %1, for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published quality policy version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for reviewers, adjudicators and leads: it would show how others labeled items you read blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a lead may change the quality policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::QualityPolicyDialog</name>
    <message>
        <source>Accept automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to adjudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again by new readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause flagged readers until a lead looks at them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality policy (version %1 in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality policy (the default in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> new readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoU (Jaccard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind readers per item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High tier from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium tier from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjudication panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes match from IoU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masks compared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold and QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden gold items in each queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted items drawn for QC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag readers scoring below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> adjudicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> adjudicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> new reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::QualityWindow</name>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3 (95% CI %4–%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 readers per item · agreement ≥ %3: %4 · ≥ %5: %6 · below: %7 · QC %8% of accepted · gold %9% of each queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per active day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold items read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold boxes F1 / IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC errors by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which labels readers confuse beyond chance, and what no label fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the quality report as PDF, HTML or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quality report as it prints: states, agreement tiers by week and by guideline version, readers, QC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items and readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC: %1 of %2 accepted items drawn, %3 checked. Error rate %4. Gold: %5 gold items; readers whose lowest gold score (kappa, or accuracy where kappa is undefined; box F1; mask overlap) is below %6 are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — below the gold threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (95% CI %1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::ReferenceBanner</name>
    <message>
        <source>&lt;b&gt;Guideline example&lt;/b&gt;: no reference label to show for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reference&lt;/b&gt; (guideline example): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by %1 under guideline version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::RegionGrowTool</name>
    <message>
        <source>Region growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click inside a structure: the connected pixels of similar grey level on screen are added to the selected mask, or become a new one. Zoom in to confine the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::RulerTool</name>
    <message>
        <source>Ruler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px (no pixel spacing in this image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::SessionJournal</name>
    <message>
        <source>unknown annotator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid annotator id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no labeling session is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not do this: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reader of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::SessionsPanel</name>
    <message>
        <source>labeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator / session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active time leaves out pauses of more than two minutes without input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the end of this session and close the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::StackNavigator</name>
    <message>
        <source>Previous image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel scrolls the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame, or the previous item at the first frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame, or the next item at the last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wheel steps through frames and the series, as in a PACS viewer; Shift+wheel zooms. Off: the wheel zooms and Shift+wheel steps.</source>
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
        <source>This is the last image of the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first image of the series.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::TaxonomyEditorDialog</name>
    <message>
        <source>Allow only leaf labels (categories organise the tree but cannot be chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit taxonomy — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new label beside the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new label under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a label onto another to put it under it, or between two to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to guideline draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy changes are published with the next guideline version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which labels readers confuse and what no label fits (leads, reviewers and adjudicators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Taxonomy: %n line(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the taxonomy changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. They are lost unless you draft a guideline version with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::TaxonomyHealthWindow</name>
    <message>
        <source>Start guideline draft for this pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this item as an edge case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels readers confuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the pair would be confused if the readers&apos; disagreements fell on labels at random, given how often each label is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the confusion rate lies, at 95% for all pairs together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a new guideline version with an edge-case section on the two labels and every item where readers confused them linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a new guideline version with the selected item as an edge case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where they were confused&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confused pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge case: %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 readers&lt;/b&gt; · %2 items read by two or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;Confusion needs two readers on an item&lt;/b&gt;: no item has two submitted readings yet. Plan a calibration session (Team ▸ New calibration session) so several readers read the same items blind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · most confused: &lt;b&gt;%1 ↔ %2&lt;/b&gt; on %3, %4 of comparisons against %5 by chance%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#c0392b&apos;&gt;beyond chance&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · readers confused no labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chance level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;%1&lt;/span&gt; gave %2&lt;br&gt;&lt;small&gt;All labels on this item: %3&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs two readers on an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair and an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 they disagreed this way in %2 of %3 comparisons (%4, against %5 expected by chance), on the items below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as %1 by %2 and as %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Items no label fits&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; skipped by a reader%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; submitted without any label%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Catch-all labels&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The taxonomy has no catch-all label (such as &quot;Other&quot; or &quot;Normal&quot;).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Share of submitted items with %1. A reader far above the others may be using it for what the taxonomy lacks.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Notes that keep naming something&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No word recurs in review, adjudication, QC or reference notes on three items or more that no label names.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; on %2 items: %3 — a label the taxonomy lacks?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::TaxonomyModel</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::TeamActions</name>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;reader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New calibration session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read calibration session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;guideline version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;taxonomy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy &amp;health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send my work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guideline panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the session and continue as another reader on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this calibration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change labels, colours, keys and attributes; published with the next guideline version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord session archives (*.concord-session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work saved for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord session archives (*.concord-session);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which labels readers confuse, what no label fits, and the taxonomy&apos;s structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration session not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration session created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 items. Each reader now opens the project (on this machine: Team ▸ Switch reader; on a laptop: a copy of the project folder) and chooses Team ▸ Read calibration session. Readers do not see each other&apos;s labels until they submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calibration session &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot;: %2 items, blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session journal(s) written to %1. Give this file to the project lead, who chooses File ▸ Receive work.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1

The archive was refused and nothing in the project was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in %1 was already in the project; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new and %2 extended session journals, %3 new annotators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish this read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to ordinary labeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a lead may do this (you are %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick items and readers for a blind calibration read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and publish the next version of the labeling guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for leads, reviewers and adjudicators: it shows how every reader labeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the readings of a calibration session, most disputed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for leads and adjudicators: it shows every reader&apos;s labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calibration session has been set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the items of a calibration session afresh and blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are not a reader of any calibration session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::ToolManager</name>
    <message>
        <source>this image is read by tile, too big for a mask of its size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::ToolOptionsPanel</name>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly mask and polygon fills cover the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlines only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold H to hide all annotations. Per label: the Show column in Labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing removes specks and closes gaps up to about this radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask · %1 · %2 px²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon · %1 · %2 vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected. Click a shape to select it; new shapes take the active label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::WindowLayout</name>
    <message>
        <source>&amp;Reading mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mode · F11 or Tab to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the image and its overlays, full screen; the panels come back as they were (F11, or Tab on the image)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>concord::WorkbenchStatusBar</name>
    <message>
        <source>All work saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each edit is written to disk before it is shown as saved</source>
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
        <source>Item %1 of %2 · %3 · %4 × %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1  y %2  value %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
