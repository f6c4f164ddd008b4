"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.METRIC_TEMPLATE_GVK = void 0;
/** apiVersion and kind of flagger.app MetricTemplate. */
exports.METRIC_TEMPLATE_GVK = { apiVersion: 'flagger.app/v1beta1', kind: 'MetricTemplate' };
//# sourceMappingURL=flagger-gvks.js.map