// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/syntheticradiograph.h"

#include <opencv2/imgproc.hpp>

namespace concord {

SyntheticRadiograph drawSyntheticRadiograph(int size, unsigned seed, bool sixteenBit)
{
    cv::RNG rng(seed);
    const double s = size / 1024.0; // drawing is specified for 1024 px and scaled
    // Work in float "attenuation"; brighter means denser, as on a film.
    cv::Mat image(size, size, CV_32F, cv::Scalar(0.05));
    auto pt = [s](double x, double y) { return cv::Point(int(x * s), int(y * s)); };
    auto sz = [s](double w, double h) { return cv::Size(int(w * s), int(h * s)); };

    cv::ellipse(image, pt(512, 560), sz(430, 520), 0, 0, 360, cv::Scalar(0.55), -1); // body
    cv::ellipse(image, pt(330, 500), sz(150, 300), 5, 0, 360, cv::Scalar(0.22), -1); // right lung
    cv::ellipse(image, pt(700, 500), sz(140, 290), -5, 0, 360, cv::Scalar(0.22), -1); // left lung
    cv::ellipse(image, pt(560, 640), sz(120, 140), 0, 0, 360, cv::Scalar(0.6), -1);  // heart
    cv::rectangle(image, pt(490, 120), pt(540, 1000), cv::Scalar(0.75), -1);       // spine
    for (int rib = 0; rib < 9; ++rib) {
        const double y = 260 + rib * 58;
        cv::ellipse(image, pt(330, y), sz(170, 60), 0, 180, 360, cv::Scalar(0.62), int(9 * s));
        cv::ellipse(image, pt(700, y), sz(160, 60), 0, 180, 360, cv::Scalar(0.62), int(9 * s));
    }
    cv::line(image, pt(180, 200), pt(480, 250), cv::Scalar(0.7), int(14 * s)); // clavicles
    cv::line(image, pt(850, 200), pt(550, 250), cv::Scalar(0.7), int(14 * s));

    SyntheticRadiograph result;
    const int findingCount = int(rng.uniform(0, 3));
    for (int i = 0; i < findingCount; ++i) {
        const int kind = rng.uniform(0, 4);
        const bool right = rng.uniform(0, 2) == 0;
        const double cx = right ? rng.uniform(260, 400) : rng.uniform(640, 760);
        const double cy = rng.uniform(350, 650);
        if (kind == SyntheticFinding::Nodule) {
            const double r = rng.uniform(14, 30);
            cv::circle(image, pt(cx, cy), int(r * s), cv::Scalar(0.58), -1);
            result.findings.push_back({SyntheticFinding::Nodule,
                                       {(cx - r - 4) * s, (cy - r - 4) * s, (2 * r + 8) * s, (2 * r + 8) * s}});
        } else if (kind == SyntheticFinding::Consolidation) {
            cv::ellipse(image, pt(cx, cy), sz(70, 50), 20, 0, 360, cv::Scalar(0.45), -1);
            result.findings.push_back({SyntheticFinding::Consolidation,
                                       {(cx - 80) * s, (cy - 62) * s, 160 * s, 124 * s}});
        } else if (kind == SyntheticFinding::Effusion) {
            const double x0 = right ? 180 : 560;
            cv::rectangle(image, pt(x0, 720), pt(x0 + 290, 800), cv::Scalar(0.5), -1);
            result.findings.push_back({SyntheticFinding::Effusion, {x0 * s, 700 * s, 290 * s, 110 * s}});
        } else {
            cv::line(image, pt(515, 60), pt(520, 420), cv::Scalar(0.95), int(6 * s));
            result.findings.push_back({SyntheticFinding::Tube, {495 * s, 50 * s, 45 * s, 380 * s}});
        }
    }

    cv::GaussianBlur(image, image, cv::Size(0, 0), 6 * s);
    cv::Mat noise(image.size(), CV_32F);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, 0.015);
    image += noise;
    cv::max(image, 0.0, image);
    cv::min(image, 1.0, image);

    if (sixteenBit)
        image.convertTo(result.pixels, CV_16U, 4095.0); // 12 bits stored, as DX detectors give
    else
        image.convertTo(result.pixels, CV_8U, 255.0);
    return result;
}

} // namespace concord
