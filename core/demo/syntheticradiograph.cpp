// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/syntheticradiograph.h"

#include <opencv2/imgproc.hpp>

#include <functional>

namespace concord {

SyntheticRadiograph drawSyntheticRadiograph(int size, unsigned seed, bool sixteenBit,
                                            int minimumFindings)
{
    cv::RNG rng(seed);
    const double s = size / 1024.0; // drawing is specified for 1024 px and scaled
    // Work in float attenuation, adding one structure at a time as X-rays add up through the
    // body; brighter means denser, as on a film.
    cv::Mat image(size, size, CV_32F, cv::Scalar(0.02));
    // k is the scale of the layer being drawn: soft, heavily blurred layers are drawn and
    // blurred at reduced resolution, then enlarged, which looks the same and is far faster.
    double k = s;
    auto pt = [&k](double x, double y) { return cv::Point(int(x * k), int(y * k)); };
    auto sz = [&k](double w, double h) { return cv::Size(int(w * k), int(h * k)); };
    auto addLayer = [&](double blurSigma, const std::function<void(cv::Mat &)> &draw) {
        const int reduction = std::clamp(int(blurSigma * s / 3.0), 1, 8);
        k = s / reduction;
        cv::Mat layer(size / reduction, size / reduction, CV_32F, cv::Scalar(0));
        draw(layer);
        if (blurSigma > 0)
            cv::GaussianBlur(layer, layer, cv::Size(0, 0), blurSigma * k);
        if (reduction > 1)
            cv::resize(layer, layer, image.size(), 0, 0, cv::INTER_LINEAR);
        image += layer;
        k = s;
    };
    addLayer(18, [&](cv::Mat &l) { // soft tissue of the trunk and shoulders
        cv::ellipse(l, pt(512, 600), sz(440, 560), 0, 0, 360, cv::Scalar(0.42), -1);
        cv::ellipse(l, pt(512, 150), sz(480, 120), 0, 0, 360, cv::Scalar(0.25), -1);
    });
    addLayer(14, [&](cv::Mat &l) { // aerated lungs attenuate less
        cv::ellipse(l, pt(335, 500), sz(150, 310), 4, 0, 360, cv::Scalar(-0.24), -1);
        cv::ellipse(l, pt(695, 500), sz(140, 300), -4, 0, 360, cv::Scalar(-0.24), -1);
    });
    addLayer(10, [&](cv::Mat &l) { // heart and mediastinum, diaphragm domes
        cv::ellipse(l, pt(565, 640), sz(150, 150), 0, 0, 360, cv::Scalar(0.2), -1);
        cv::rectangle(l, pt(460, 150), pt(570, 600), cv::Scalar(0.1), -1);
        cv::ellipse(l, pt(335, 820), sz(170, 70), 0, 180, 360, cv::Scalar(0.18), -1);
        cv::rectangle(l, pt(165, 820), pt(505, 1024), cv::Scalar(0.18), -1);
        cv::ellipse(l, pt(695, 840), sz(160, 70), 0, 180, 360, cv::Scalar(0.18), -1);
        cv::rectangle(l, pt(535, 840), pt(855, 1024), cv::Scalar(0.18), -1);
    });
    addLayer(2.5, [&](cv::Mat &l) { // bones: spine with vertebrae, ribs, clavicles
        for (int v = 0; v < 16; ++v)
            cv::rectangle(l, pt(492, 110 + v * 56), pt(538, 150 + v * 56), cv::Scalar(0.16), -1);
        for (int rib = 0; rib < 10; ++rib) {
            const double y = 230 + rib * 56;
            cv::ellipse(l, pt(340, y), sz(175, 70), 8, 185, 355, cv::Scalar(0.1), int(8 * k));
            cv::ellipse(l, pt(690, y), sz(170, 70), -8, 185, 355, cv::Scalar(0.1), int(8 * k));
        }
        cv::line(l, pt(170, 190), pt(470, 240), cv::Scalar(0.14), int(13 * k));
        cv::line(l, pt(860, 190), pt(560, 240), cv::Scalar(0.14), int(13 * k));
    });

    SyntheticRadiograph result;
    const int findingCount = std::max(minimumFindings, int(rng.uniform(0, 3)));
    for (int i = 0; i < findingCount; ++i) {
        const int kind = rng.uniform(0, 4);
        const bool right = rng.uniform(0, 2) == 0;
        const double cx = right ? rng.uniform(260, 400) : rng.uniform(640, 760);
        const double cy = rng.uniform(350, 650);
        if (kind == SyntheticFinding::Nodule) {
            const double r = rng.uniform(14, 30);
            addLayer(r / 6, [&](cv::Mat &l) {
                cv::circle(l, pt(cx, cy), int(r * k), cv::Scalar(0.16), -1);
            });
            result.findings.push_back(
                {SyntheticFinding::Nodule,
                 {(cx - r - 4) * s, (cy - r - 4) * s, (2 * r + 8) * s, (2 * r + 8) * s}});
        } else if (kind == SyntheticFinding::Consolidation) {
            addLayer(16, [&](cv::Mat &l) {
                cv::ellipse(l, pt(cx, cy), sz(70, 50), 20, 0, 360, cv::Scalar(0.15), -1);
            });
            result.findings.push_back({SyntheticFinding::Consolidation,
                                       {(cx - 80) * s, (cy - 62) * s, 160 * s, 124 * s}});
        } else if (kind == SyntheticFinding::Effusion) {
            const double x0 = right ? 180 : 560;
            addLayer(12, [&](cv::Mat &l) {
                cv::rectangle(l, pt(x0, 730), pt(x0 + 290, 830), cv::Scalar(0.2), -1);
            });
            result.findings.push_back(
                {SyntheticFinding::Effusion, {x0 * s, 700 * s, 290 * s, 110 * s}});
        } else {
            addLayer(1, [&](cv::Mat &l) {
                cv::line(l, pt(515, 60), pt(522, 420), cv::Scalar(0.35), int(5 * k));
            });
            result.findings.push_back({SyntheticFinding::Tube, {495 * s, 50 * s, 45 * s, 380 * s}});
        }
    }

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
