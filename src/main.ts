// The example app: the runbook's mesh, synthesized by `npm run synth` into dist/.
import { App } from 'cdk8s';

const app = new App();
app.synth();
