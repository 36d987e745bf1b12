import { createApp } from 'vue';
import SalesHub from './SalesHub.vue';

createApp(SalesHub).mount('#app');
