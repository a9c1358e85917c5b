import { defineBackground } from 'wxt/utils/define-background';
import { startBackgroundService } from '@/utils/background/service';
import { loadEmbeddedDataset } from '@/utils/cache/embedded';

export default defineBackground(() => {
  startBackgroundService(loadEmbeddedDataset);
});
