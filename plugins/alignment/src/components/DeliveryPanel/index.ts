export { DeliveryPanel } from './DeliveryPanel';
