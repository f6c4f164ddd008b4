// The app a new user writes after `cdk8s init typescript-app` and `npm install cdk8s-istio`, with cdk8s-plus-33.
import { App, Chart, ChartProps } from 'cdk8s';
import * as kplus from 'cdk8s-plus-33';
import { BufferedAccessLogging, MeshValidation, istioSecurity } from 'cdk8s-istio';
import { Construct } from 'constructs';

export interface MyChartProps extends ChartProps {
  /** Give the JWT rule both `jwks` and `jwksUri` (only the CRD's CEL rule rejects that). */
  readonly bothJwksAndJwksUri?: boolean;
  /**
   * Use the library's constructs, which switch on validation at synth (false: only the plain L1, so that only
   * the cdk8s-cli plugin checks it).
   */
  readonly useConstructs?: boolean;
}

export class MyChart extends Chart {
  constructor(scope: Construct, id: string, props: MyChartProps = {}) {
    super(scope, id, { namespace: 'shop', ...props });
    const web = new kplus.Deployment(this, 'web', {
      metadata: { name: 'web' },
      containers: [{ image: 'registry.example.com/web:1.0.0', portNumber: 8080 }],
    });
    if (props.useConstructs !== false) {
      MeshValidation.enable(this);
      const logs = new BufferedAccessLogging(this, 'logs', { namespace: 'shop', acknowledgeFlushNeedsIstio129: true });
      logs.applyTo(web);
    }
    new istioSecurity.RequestAuthentication(this, 'jwt', {
      metadata: { name: 'web-jwt' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        jwtRules: [{
          issuer: 'https://issuer.example.com',
          jwksUri: 'https://issuer.example.com/keys',
          ...(props.bothJwksAndJwksUri ? { jwks: '{"keys":[]}' } : {}),
        }],
      },
    });
  }
}

if (require.main === module) {
  const app = new App();
  new MyChart(app, 'shop', {
    bothJwksAndJwksUri: process.env.BROKEN === '1',
    useConstructs: process.env.IN_APP_VALIDATION !== '0',
  });
  app.synth();
}
