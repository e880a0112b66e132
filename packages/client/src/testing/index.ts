export { fakeGateway, type FakeAnswer, type FakeErrors, type FakeHandler, type GatewayCall } from './fake-gateway.ts';
